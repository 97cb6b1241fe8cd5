package org.yuanliu.indexer.pdf;

import java.util.HashSet;
import java.util.Set;

import org.yuanliu.indexer.text.DataFile;

/**
 * Tells a garbled text layer from Chinese. Fonts whose glyphs map to the wrong code points (the GM/T standards'
 * 书犐犆犛…) give Han characters that do not form words: in real Chinese text almost every character (84–94 % on
 * the evaluation PDFs) stands in a two-character word of IK's dictionary with a neighbour; in such a layer almost
 * none does (0 % on the GM/T standard). A layer below {@link #MIN_WORD_SHARE} is garbled; one without Han is
 * garbled when it is mostly not letters ({@link #letterShare}).
 */
public final class GarbledText {
    private static final String DICTIONARY = "/org/wltea/analyzer/dic/main2012.dic";
    /** Below this share of Han characters in dictionary words the text layer is not Chinese. */
    static final double MIN_WORD_SHARE = 0.4;
    /** Below this share of letters and digits a text layer without Han is not text. */
    static final double MIN_LETTER_SHARE = 0.5;
    /** Too few characters to judge (a form, a page of figures). */
    static final int MIN_HAN = 200;

    private final Set<Integer> pairs;

    private GarbledText(Set<Integer> pairs) {
        this.pairs = pairs;
    }

    /** Every two-character sequence of IK's main dictionary. */
    public static GarbledText fromIkDictionary() {
        Set<Integer> pairs = new HashSet<>(400_000);
        for (String word : DataFile.entries(GarbledText.class, DICTIONARY)) {
            for (int i = 0; i + 1 < word.length(); i++) {
                pairs.add(pair(word.charAt(i), word.charAt(i + 1)));
            }
        }
        return new GarbledText(pairs);
    }

    /** The share of Han characters standing in a dictionary pair with a neighbour; NaN when too few to judge. */
    public double wordShare(PdfLayout layout) {
        int han = 0;
        int inWords = 0;
        for (PageGlyphs page : layout.pages()) {
            StringBuilder text = new StringBuilder();
            page.glyphs().forEach(g -> text.append(g.text()));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isHan(c)) {
                    continue;
                }
                han++;
                boolean withNext = i + 1 < text.length() && pairs.contains(pair(c, text.charAt(i + 1)));
                boolean withPrevious = i > 0 && pairs.contains(pair(text.charAt(i - 1), c));
                if (withNext || withPrevious) {
                    inWords++;
                }
            }
        }
        return han < MIN_HAN ? Double.NaN : (double) inWords / han;
    }

    public boolean isGarbled(PdfLayout layout) {
        double share = wordShare(layout);
        if (!Double.isNaN(share)) {
            return share < MIN_WORD_SHARE;
        }
        double letters = letterShare(layout);
        return !Double.isNaN(letters) && letters < MIN_LETTER_SHARE;
    }

    /**
     * Without Han to judge by: the share of letters and digits among the printed characters. Text in any script is
     * mostly letters; a font without a Unicode map (a Type3 font) gives punctuation soup ({@code #))>:/(%3=}).
     */
    public double letterShare(PdfLayout layout) {
        int printed = 0;
        int letters = 0;
        for (PageGlyphs page : layout.pages()) {
            for (Glyph g : page.glyphs()) {
                for (int cp : g.text().codePoints().toArray()) {
                    if (!Character.isWhitespace(cp)) {
                        printed++;
                        if (Character.isLetterOrDigit(cp)) {
                            letters++;
                        }
                    }
                }
            }
        }
        return printed < MIN_HAN ? Double.NaN : (double) letters / printed;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static int pair(char a, char b) {
        return (a << 16) | b;
    }
}
