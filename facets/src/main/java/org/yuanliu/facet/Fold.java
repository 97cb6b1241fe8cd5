package org.yuanliu.facet;

/**
 * Character folding shared by the text being tagged and the taxonomy forms, so that both meet in
 * the same alphabet: ASCII letters lower-cased, full-width digits and letters made ASCII, and every
 * dash (—, –, －, ~, ～) made '-' (PDFs and librarians use them interchangeably in 1949—1977).
 */
final class Fold {

    private Fold() {
    }

    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) (c - '\uFF10' + '0');
        }
        if (c >= '\uFF21' && c <= '\uFF3A') {
            return (char) (c - '\uFF21' + 'a');
        }
        if (c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - '\uFF41' + 'a');
        }
        return isDash(c) ? '-' : c;
    }

    /** Folds and drops whitespace next to CJK text, as {@link CompactText} does. */
    static String fold(String s) {
        return CompactText.of(s).folded();
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\uFF0D' || c == '~' || c == '\uFF5E' || c == '\u301C';
    }

    static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '"' || c == '\''
                || c == '「' || c == '」' || c == '『' || c == '』';
    }

    static boolean isOpeningQuote(char c) {
        return c == '“' || c == '‘' || c == '"' || c == '\'' || c == '「' || c == '『';
    }

    static boolean isClosingQuote(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '」' || c == '』';
    }

    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Chinese numerals as they occur in counts, dates and plan names (十五, 二十一日, 一九七五). */
    static boolean isChineseNumeral(char c) {
        return "〇零一二三四五六七八九十百千万两".indexOf(c) >= 0;
    }

    static boolean isNumeral(char c) {
        return isDigit(c) || isChineseNumeral(c);
    }
}
