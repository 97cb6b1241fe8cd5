package org.yuanliu.indexer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GarbledTextTest {
    private static final GarbledText GARBLED = GarbledText.fromIkDictionary();

    private static PageGlyphs page(int number, String text, int times) {
        return new PageGlyphs(number, 595, 842, layout(text, times).pages().get(0).glyphs());
    }

    private static PdfLayout layout(String text, int times) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 0;
        for (int t = 0; t < times; t++) {
            for (int cp : text.codePoints().toArray()) {
                glyphs.add(new Glyph(new String(Character.toChars(cp)), x += 10, 100, 10, 10, 10, "Body"));
            }
        }
        return new PdfLayout(List.of(new PageGlyphs(1, 595, 842, glyphs)), PdfInfo.empty(), false);
    }

    @Test
    void chineseTextIsNotGarbled() {
        PdfLayout chinese = layout("新中国成立以来，中国共产党领导对外科技合作交流，经历了自力更生为主、争取外援为辅的初创阶段。", 10);

        assertThat(GARBLED.wordShare(chinese)).isGreaterThan(0.8);
        assertThat(GARBLED.isGarbled(chinese)).isFalse();
    }

    @Test
    void hanCharactersThatFormNoWordsAreAGarbledLayer() {
        // the GM/T standard's cover as its fonts map it
        PdfLayout garbled = layout("书犐犆犛犔犌犕犜犛犲犮狌狉犲犲犾犲犮狋狉狅狀犻犮狊犲犪犾犮狉狔狆狋狅犵狉犪狆犺狔", 10);

        assertThat(GARBLED.wordShare(garbled)).isLessThan(0.1);
        assertThat(GARBLED.isGarbled(garbled)).isTrue();
    }

    @Test
    void withoutHanTheLettersDecide() {
        assertThat(GARBLED.wordShare(layout("Secure electronic seal", 50))).isNaN();
        assertThat(GARBLED.isGarbled(layout("Secure electronic seal cryptography, GM/T 0031-2014. ", 10))).isFalse();
        // a Type3 font without a Unicode map
        assertThat(GARBLED.isGarbled(layout("#))>:/(%3=&*!+$#)(-", 20))).isTrue();
        assertThat(GARBLED.isGarbled(layout("#))>", 3))).isFalse(); // too little to judge
    }

    @Test
    void eachPageIsJudgedByItsOwnText() {
        String prose = "新中国成立以来，中国共产党领导对外科技合作交流，经历了自力更生为主、争取外援为辅的初创阶段。";
        List<PageGlyphs> pages = List.of(page(1, prose, 4), page(2, "书犐犆犛犔犌犕犜犛犲犮狌狉犲犲犾犲犮狋狉狅狀犻犮狊犲犪犾", 4),
                page(3, prose, 4), page(4, "#))>:/(%3=&*!+$#)(-", 5),
                // a contents page: entries led by dots to their page numbers are text, the dots are layout
                page(5, "1 LATEX介绍" + ".".repeat(40) + "12 RUCThesis介绍" + ".".repeat(40) + "2", 3),
                page(6, "短页", 1));
        assertThat(GARBLED.garbledPages(pages)).containsExactly(2, 4);
    }
}
