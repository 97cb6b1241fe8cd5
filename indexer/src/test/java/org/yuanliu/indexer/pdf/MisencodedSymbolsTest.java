package org.yuanliu.indexer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MisencodedSymbolsTest {
    private static final MisencodedSymbols SYMBOLS = MisencodedSymbols.standard();

    /** What one font drew, as the counts GlyphCollector gathers over a document. */
    private static Map<String, Integer> drawn(String text) {
        Map<String, Integer> counts = new HashMap<>();
        text.codePoints().forEach(cp -> counts.merge(new String(Character.toChars(cp)), 1, Integer::sum));
        return counts;
    }

    @Test
    void aLatinFontWhoseSymbolsAreMappedToIdeographsIsReadBack() {
        Map<String, Integer> formulaFont = drawn("t+1臆n, x伊y, a沂A, 酌=籽, 2郾1 Design, e鄄mail");

        assertThat(SYMBOLS.misencodes(formulaFont)).isTrue();
        assertThat(SYMBOLS.symbol("臆")).isEqualTo("≤");
        assertThat(SYMBOLS.symbol("伊")).isEqualTo("×");
        assertThat(SYMBOLS.symbol("鄄")).isEqualTo("-");
        assertThat(SYMBOLS.symbol("郾")).isEqualTo(".");
    }

    @Test
    void aFontSettingChineseIsNeverReadAsSymbolsEvenWhereItDrawsListedIdeographs() {
        // 一, 也 and 要 are common words that are also on the list's rows; a Chinese font draws them among many others
        Map<String, Integer> chinese = drawn("要坚持一切从实际出发，也要看到科技合作交流的新要求，一以贯之地推进改革开放。");

        assertThat(SYMBOLS.misencodes(chinese)).isFalse();
    }

    @Test
    void aMostlyLatinFontWithRealChineseWordsIsNotReadAsSymbols() {
        // an English paragraph naming 科技部 and 北京: its few ideographs are not stand-ins
        Map<String, Integer> mixed = drawn("The Ministry of Science and Technology (科技部) in Beijing (北京) published the plan.");

        assertThat(SYMBOLS.misencodes(mixed)).isFalse();
    }

    @Test
    void anUnlistedIdeographStaysAsItIs() {
        assertThat(SYMBOLS.symbol("谆")).isEqualTo("谆");
        assertThat(SYMBOLS.symbol("a")).isEqualTo("a");
    }

    @Test
    void aFontThatDrawsNoIdeographsIsLeftAlone() {
        assertThat(SYMBOLS.misencodes(drawn("Plain Latin text, 2.1 Design"))).isFalse();
    }
}
