package org.yuanliu.ik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analyzer as the node runs it, without the node: the domain dictionary must be in force. */
class IkAnalyzerTest {

    static List<String> tokens(IkMode mode, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (IkAnalyzer analyzer = new IkAnalyzer(mode);
             TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void domainTermsStayWholeInSmartMode() throws IOException {
        assertThat(tokens(IkMode.SMART, "一带一路")).containsExactly("一带一路");
        assertThat(tokens(IkMode.SMART, "国际科技合作政策")).containsExactly("国际科技合作", "政策");
        assertThat(tokens(IkMode.SMART, "巴黎统筹委员会决定放宽")).startsWith("巴黎统筹委员会");
    }

    @Test
    void maxWordModeKeepsTheDomainTermAndItsParts() throws IOException {
        assertThat(tokens(IkMode.MAX_WORD, "国际科技合作政策")).contains("国际科技合作", "科技合作", "政策");
    }
}
