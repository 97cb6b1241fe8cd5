package org.yuanliu.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBuilderTest {

    @Test
    void chineseLinesJoinWithoutSpaceLatinWordsKeepOne() {
        String text = new TextBuilder().append("对外科技合作交", false).lineBreak().append("流是国家外交", false)
                .lineBreak().append("Coordinating", false).lineBreak().append("Committee", false).toString();
        assertThat(text).isEqualTo("对外科技合作交流是国家外交Coordinating Committee");
    }

    @Test
    void hyphenatedLatinWordsAreRejoined() {
        String text = new TextBuilder().append("science and tech-", false).lineBreak().append("nology cooperation", false).toString();
        assertThat(text).isEqualTo("science and technology cooperation");
    }

    @Test
    void layoutSpacesNextToChineseAreDropped() {
        assertThat(new TextBuilder().append("模 板 应 用", false).toString()).isEqualTo("模板应用");
        assertThat(new TextBuilder().append("1949 年", false).toString()).isEqualTo("1949年");
        assertThat(new TextBuilder().append("Content", false).append("Analysis", true).toString()).isEqualTo("Content Analysis");
    }

    @Test
    void kangxiRadicalsAndFullWidthFormsAreNormalised() {
        assertThat(new TextBuilder().append("\u2F24\u5B66\u2F63", false).toString()).isEqualTo("大学生");
        assertThat(new TextBuilder().append("ＰＣＴ１２３", false).toString()).isEqualTo("PCT123");
        assertThat(CharNormalizer.normalize("，。（）")).isEqualTo("，。（）");
    }
}
