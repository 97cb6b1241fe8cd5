package org.yuanliu.citation.text;

import java.util.regex.Pattern;

/** Character-level helpers for mixed Chinese/Latin text as it comes out of PDF extraction. */
public final class CjkText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private CjkText() {
    }

    /** True for Han ideographs (including extension A and compatibility ideographs). */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * True for characters that belong to Chinese typesetting: Han, CJK and full-width punctuation, book-title
     * marks, curly quotes, circled digits and Roman numerals. Spaces next to them are layout, not content.
     */
    public static boolean isCjkLike(int cp) {
        return isHan(cp)
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK symbols and punctuation: 、。《》〈〉「」『』【】
                || (cp >= 0xFF00 && cp <= 0xFFEF)   // full-width forms: ，：；（）
                || (cp >= 0x2018 && cp <= 0x201F)   // curly quotes
                || (cp >= 0x2460 && cp <= 0x24FF)   // circled digits
                || (cp >= 0x3251 && cp <= 0x32BF)   // circled numbers 21-50
                || (cp >= 0x2160 && cp <= 0x217F)   // Roman numerals Ⅴ
                || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7 || cp == 0xFF5C;
    }

    /** Folds full-width ASCII letters and digits (Ａ, ０) to half-width; punctuation is left as printed. */
    public static String foldLettersAndDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fullWidthAlnum = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            if (fullWidthAlnum) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append((char) (c - 0xFEE0));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Folds every full-width ASCII form (letters, digits and punctuation) and the ideographic space. */
    public static String foldAllWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                b.append((char) (c - 0xFEE0));
            } else if (c == 0x3000) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Collapses whitespace and drops the spaces that PDF layout puts around Chinese characters
     * ({@code 第 87、91 页} → {@code 第87、91页}), while keeping spaces between Latin words and after ASCII
     * separators ({@code 北京: 科学出版社} keeps its space, which GB/T reference lists rely on).
     */
    public static String normalizeSpacing(String s) {
        String collapsed = WHITESPACE.matcher(foldLettersAndDigits(s)).replaceAll(" ").strip();
        StringBuilder b = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < collapsed.length()) {
                char prev = collapsed.charAt(i - 1);
                char next = collapsed.charAt(i + 1);
                boolean afterAsciiSeparator = ".,:;!?".indexOf(prev) >= 0;
                if (!afterAsciiSeparator && (isCjkLike(prev) || isCjkLike(next))) {
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Number of Han characters, Latin letters and digits: the "content length" of a phrase. */
    public static int contentLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                n++;
            }
        }
        return n;
    }

    /** True when the text has at least one Han character. */
    public static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
