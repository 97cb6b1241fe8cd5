package org.yuanliu.indexer.text;

import java.text.Normalizer;

/**
 * Maps the code points some PDF fonts emit to the ones people type: Kangxi radicals and CJK compatibility
 * ideographs (⼤ U+2F24 → 大) to unified ideographs, full-width digits and Latin letters to ASCII, the
 * ideographic space to a space. Chinese punctuation is left as printed: both analyzers ignore it anyway.
 */
public final class CharNormalizer {
    private CharNormalizer() {
    }

    public static String normalize(int codePoint) {
        if (isKangxiOrCompatibility(codePoint)) {
            return Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        }
        if ((codePoint >= 0xFF10 && codePoint <= 0xFF19) || (codePoint >= 0xFF21 && codePoint <= 0xFF3A)
                || (codePoint >= 0xFF41 && codePoint <= 0xFF5A)) {
            return String.valueOf((char) (codePoint - 0xFEE0));
        }
        if (codePoint == 0x3000 || codePoint == 0x00A0 || (codePoint >= 0x2000 && codePoint <= 0x200A)) {
            return " ";
        }
        if (codePoint == 0xFB01 || codePoint == 0xFB02 || codePoint == 0xFB00 || codePoint == 0xFB03 || codePoint == 0xFB04) {
            return Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC); // ﬁ → fi
        }
        return new String(Character.toChars(codePoint));
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(normalize(cp)));
        return out.toString();
    }

    private static boolean isKangxiOrCompatibility(int cp) {
        return (cp >= 0x2F00 && cp <= 0x2FDF) || (cp >= 0x2E80 && cp <= 0x2EFF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** Han ideographs and the CJK punctuation and symbols that sit between them without spaces. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) // CJK punctuation 、。〈〉《》「」
                || (cp >= 0xFF00 && cp <= 0xFFEF) // full-width forms ，：；（）
                || (cp >= 0x2010 && cp <= 0x2027) // — “ ” ‘ ’ … used in Chinese text
                || (cp >= 0x2460 && cp <= 0x24FF) // circled numbers
                || cp == 0x00B7 || cp == 0x25CF || cp == 0x25CB; // · ● ○
    }
}
