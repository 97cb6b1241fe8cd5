package org.yuanliu.indexer.structure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;


/** Reading the labelled blocks of an article: 摘要/提要/Abstract and 关键词/Keywords, when they stand as labels. */
final class Labels {
    private static final String ABSTRACT_WORDS = "摘\\s*要|提\\s*要|内容提要|Abstract|ABSTRACT";
    private static final String KEYWORDS_WORDS = "关\\s*键\\s*词|关键字|Key\\s*words|KEYWORDS|Keywords";
    /** A label stands as a label: followed by a colon, a gap (a space in the line's text) or nothing. */
    private static final String STANDS = "(?=\\s*[:：]|\\s|$)";
    /** The label and what follows it, in text whose layout spaces are gone ("摘要文章…"): only once known to be one. */
    private static final Pattern LABEL = Pattern.compile("^(" + ABSTRACT_WORDS + "|" + KEYWORDS_WORDS + ")\\s*[:：]?\\s*");
    static final Pattern ABSTRACT = Pattern.compile("^(" + ABSTRACT_WORDS + ")" + STANDS + "\\s*[:：]?\\s*");
    static final Pattern KEYWORDS = Pattern.compile("^(" + KEYWORDS_WORDS + ")" + STANDS + "\\s*[:：]?\\s*");
    private static final Pattern BARE = Pattern.compile("^\\s*(" + ABSTRACT_WORDS + "|" + KEYWORDS_WORDS + ")\\s*[:：]?\\s*$");

    private Labels() {
    }

    /** A line holding nothing but a label (摘要, Abstract): it names the block below, it is not a heading. */
    static boolean isBare(String text) {
        return BARE.matcher(text).matches();
    }

    /** The label at the start of text whose layout spaces are gone, once the line is known to open with one. */
    static java.util.regex.Matcher label(String text) {
        java.util.regex.Matcher m = LABEL.matcher(text);
        m.lookingAt();
        return m;
    }

    static String withoutLabel(String text) {
        return LABEL.matcher(text).replaceFirst("").strip();
    }

    /** Keywords are separated by ；, ；, commas, or (in Chinese) by wide spaces. */
    static List<String> keywords(String text) {
        String list = withoutLabel(text);
        String[] parts = list.split("\\s*[；;，,]\\s*");
        if (parts.length == 1) {
            parts = list.split("[\\s\\u3000]+");
        }
        return Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
