package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the marks a note starts with: circled digits ①…㊿ (several for a combined note) or [n]. */
final class NoteMarkers {

    private static final Pattern BRACKETED = Pattern.compile("^\\s*[\\[［〔](\\d{1,4})[\\]］〕]\\s*");
    private static final Pattern STAR = Pattern.compile("^\\s*[*＊※]+\\s*");

    /** The marks and the text after them. */
    record Lead(List<Integer> marks, String rest) {
    }

    private NoteMarkers() {
    }

    static Lead read(String text) {
        Matcher m = BRACKETED.matcher(text);
        if (m.find()) {
            return new Lead(List.of(Integer.parseInt(m.group(1))), text.substring(m.end()));
        }
        m = STAR.matcher(text);
        if (m.find()) {
            return new Lead(List.of(), text.substring(m.end()));
        }
        List<Integer> marks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int n = circledValue(c);
            if (n > 0) {
                marks.add(n);
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return new Lead(marks, text.substring(i));
    }

    /** 1-50 for a circled number, else 0. */
    static int circledValue(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        if (c >= '\u2776' && c <= '\u277F') { // dingbat negative circled ❶…❿
            return c - '\u2776' + 1;
        }
        return 0;
    }
}
