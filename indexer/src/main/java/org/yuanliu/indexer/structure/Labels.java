package org.yuanliu.indexer.structure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;


/** Reading the labelled blocks of an article: 摘要/提要/Abstract and 关键词/Keywords. */
final class Labels {
    private static final Pattern LABEL = Pattern.compile(
            "^(摘\\s*要|提\\s*要|内容提要|Abstract|ABSTRACT|关\\s*键\\s*词|关键字|Key\\s*words|KEYWORDS|Keywords)\\s*[:：]?\\s*");

    private Labels() {
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
