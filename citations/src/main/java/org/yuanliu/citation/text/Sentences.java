package org.yuanliu.citation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running Chinese (or English) text into sentences at 。！？；!?; and line ends; a closing quote or bracket
 * after the stop stays with its sentence (…搞尖端技术。” is one sentence). For sentence search: all words within
 * one sentence, as CNKI's 句子检索 means it.
 */
public final class Sentences {
    private static final String STOPS = "。！？；!?;\n";
    private static final String CLOSERS = "”’」』）)】》";

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (STOPS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            add(out, text.substring(start, end));
            start = end;
            i = end - 1;
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        if (!sentence.isBlank()) {
            out.add(sentence.strip());
        }
    }
}
