package org.yuanliu.benchmarks.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text rules every measure shares: one normalisation for gold and extraction alike, one sentence split, one
 * edit distance. Normalising both sides the same way (NFKC, then no whitespace at all) means a measure sees only
 * what was lost, cut, merged or moved, never how a producer spaced or encoded a character.
 */
public final class QualityText {
    /** Sentences end after these: 。！？ and the semicolons ；; (a Chinese sentence often runs on through ；), also once NFKC made them ASCII. */
    public static final String SENTENCE_END = "。！？；;!?";
    /** Shorter pieces (等等。, a stray 1.) are not counted as sentences: they are found anywhere and prove nothing. */
    public static final int MIN_SENTENCE_CHARS = 4;

    /** Note marks as a text stream prints them: circled numbers (also a digit with a combining ring), superscripts, [n]. */
    private static final Pattern MARKS = Pattern.compile(
            "[\\u2460-\\u2473\\u24EA-\\u24FF\\u2776-\\u2793\\u3251-\\u325F\\u32B1-\\u32BF\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]"
                    + "|\\d{1,2}\\u20DD|\\[\\d+(?:[-–,，]\\d+)*\\]");
    /** Numbering before a heading's words: 第三章, 1.2, 一、, （二）. Outlines often leave it out; printed headings keep it. */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇0-9]+[章节条部分篇]|[0-9]+(\\.[0-9]+)*\\.?|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十0-9]+[)）])");

    private QualityText() {
    }

    /** The text with its note marks taken out, as the extractor takes them out of passages (for gold read from a text stream). */
    public static String withoutMarks(String text) {
        return MARKS.matcher(text).replaceAll("");
    }

    /** A heading's text for comparison: normalised, without its leading numbering. */
    public static String headingKey(String text) {
        String normal = normalise(text);
        String key = HEADING_NUMBER.matcher(normal).replaceFirst("");
        return key.isEmpty() ? normal : key;
    }

    /** NFKC (full-width digits and letters to ASCII, compatibility ideographs to unified ones), whitespace removed. */
    public static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200B)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The normalised sentences of a text, in order, each ending with its 。！？；; (the last one may have none). */
    public static List<String> sentences(String text) {
        String normal = normalise(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < normal.length(); i++) {
            if (SENTENCE_END.indexOf(normal.charAt(i)) >= 0) {
                add(out, normal.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, normal.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        if (sentence.codePointCount(0, sentence.length()) >= MIN_SENTENCE_CHARS) {
            out.add(sentence);
        }
    }

    /** Levenshtein distance over UTF-16 units (CJK text is in the BMP), two rows of memory. */
    public static int levenshtein(String a, String b) {
        if (a.length() < b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** Levenshtein distance divided by the longer length (OmniDocBench's normalised edit distance): 0 same, 1 nothing shared. */
    public static double editDistance(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : (double) levenshtein(a, b) / longer;
    }

    /** 1 − normalised edit distance. */
    public static double similarity(String a, String b) {
        return 1 - editDistance(a, b);
    }
}
