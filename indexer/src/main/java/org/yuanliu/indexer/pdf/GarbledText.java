package org.yuanliu.indexer.pdf;

import java.util.HashSet;
import java.util.List;
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
    /** Enough characters to judge one page by itself. */
    static final int MIN_HAN_PAGE = 60;
    /**
     * One page is judged more leniently than a document (a page of names or terms has fewer dictionary words than
     * prose); a garbled layer has almost none.
     */
    static final double MIN_WORD_SHARE_PAGE = 0.25;

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
        return wordShare(layout.pages(), MIN_HAN);
    }

    public boolean isGarbled(PdfLayout layout) {
        return isGarbled(layout.pages(), MIN_HAN, MIN_WORD_SHARE);
    }

    /**
     * The pages whose own text is garbled, judged each by itself (a page with fewer than {@link #MIN_HAN_PAGE}
     * characters is not judged): a document whose fonts are sound but for a page or two (an inserted page set in a
     * font without a Unicode map) has just those pages read again, or left out.
     */
    public Set<Integer> garbledPages(PdfLayout layout) {
        return garbledPages(layout.pages());
    }

    Set<Integer> garbledPages(List<PageGlyphs> pages) {
        Set<Integer> garbled = new java.util.TreeSet<>();
        for (PageGlyphs page : pages) {
            if (isGarbled(List.of(page), MIN_HAN_PAGE, MIN_WORD_SHARE_PAGE)) {
                garbled.add(page.number());
            }
        }
        return garbled;
    }

    private boolean isGarbled(List<PageGlyphs> pages, int enough, double minWordShare) {
        double share = wordShare(pages, enough);
        if (!Double.isNaN(share)) {
            return share < minWordShare;
        }
        double letters = letterShare(pages, enough);
        return !Double.isNaN(letters) && letters < MIN_LETTER_SHARE;
    }

    private double wordShare(List<PageGlyphs> pages, int enough) {
        int han = 0;
        int inWords = 0;
        for (PageGlyphs page : pages) {
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
        return han < enough ? Double.NaN : (double) inWords / han;
    }

    /**
     * Without Han to judge by: the share of letters and digits among the printed characters. Text in any script is
     * mostly letters; a font without a Unicode map (a Type3 font) gives punctuation soup ({@code #))>:/(%3=}).
     */
    public double letterShare(PdfLayout layout) {
        return letterShare(layout.pages(), MIN_HAN);
    }

    private static double letterShare(List<PageGlyphs> pages, int enough) {
        int printed = 0;
        int letters = 0;
        for (PageGlyphs page : pages) {
            int[] text = page.glyphs().stream().flatMapToInt(g -> g.text().codePoints()).toArray();
            for (int i = 0; i < text.length; i++) {
                int cp = text[i];
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                if (!Character.isLetterOrDigit(cp) && leader(text, i)) {
                    continue; // dot leaders of a contents page, rules of dashes: layout, not text
                }
                printed++;
                if (Character.isLetterOrDigit(cp)) {
                    letters++;
                }
            }
        }
        return printed < enough ? Double.NaN : (double) letters / printed;
    }

    /** Whether the character at {@code i} is in a run of at least three of itself. */
    private static boolean leader(int[] text, int i) {
        int from = i;
        while (from > 0 && text[from - 1] == text[i]) {
            from--;
        }
        int to = i;
        while (to + 1 < text.length && text[to + 1] == text[i]) {
            to++;
        }
        return to - from + 1 >= 3;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static int pair(char a, char b) {
        return (a << 16) | b;
    }
}
