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
 * garbled when it is mostly not letters and digits (judged per page and for the whole, {@link #judge}).
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

    /**
     * The whole judgment, from one pass over the glyphs: whether the document's text layer is garbled, its word
     * share (for the message), and the pages garbled by themselves.
     */
    public record Verdict(boolean garbled, double wordShare, Set<Integer> garbledPages) {
    }

    /** What a text layer's characters are: Han (and how many in dictionary words), printed, letters and digits. */
    private record Counts(int han, int inWords, int printed, int letters) {
        Counts plus(Counts other) {
            return new Counts(han + other.han, inWords + other.inWords, printed + other.printed, letters + other.letters);
        }

        double wordShare(int enough) {
            return han < enough ? Double.NaN : (double) inWords / han;
        }

        double letterShare(int enough) {
            return printed < enough ? Double.NaN : (double) letters / printed;
        }

        boolean garbled(int enough, double minWordShare) {
            double share = wordShare(enough);
            if (!Double.isNaN(share)) {
                return share < minWordShare;
            }
            double letterShare = letterShare(enough);
            return !Double.isNaN(letterShare) && letterShare < MIN_LETTER_SHARE;
        }
    }

    public Verdict judge(PdfLayout layout) {
        Counts all = new Counts(0, 0, 0, 0);
        Set<Integer> garbledPages = new java.util.TreeSet<>();
        for (PageGlyphs page : layout.pages()) {
            Counts counts = counts(page);
            all = all.plus(counts);
            if (counts.garbled(MIN_HAN_PAGE, MIN_WORD_SHARE_PAGE)) {
                garbledPages.add(page.number());
            }
        }
        return new Verdict(all.garbled(MIN_HAN, MIN_WORD_SHARE), all.wordShare(MIN_HAN), garbledPages);
    }

    /** The share of Han characters standing in a dictionary pair with a neighbour; NaN when too few to judge. */
    public double wordShare(PdfLayout layout) {
        return judge(layout).wordShare();
    }

    public boolean isGarbled(PdfLayout layout) {
        return judge(layout).garbled();
    }

    /**
     * The pages whose own text is garbled, judged each by itself (a page with fewer than {@link #MIN_HAN_PAGE}
     * characters is not judged): a document whose fonts are sound but for a page or two (an inserted page set in a
     * font without a Unicode map) has just those pages read again, or left out.
     */
    public Set<Integer> garbledPages(PdfLayout layout) {
        return judge(layout).garbledPages();
    }

    Set<Integer> garbledPages(List<PageGlyphs> pages) {
        return garbledPages(new PdfLayout(pages, PdfInfo.empty(), false));
    }

    /**
     * Han characters in dictionary words; and, for text without Han, the share of letters and digits among the
     * printed characters: text in any script is mostly letters, a font without a Unicode map (a Type3 font) gives
     * punctuation soup ({@code #))>:/(%3=}).
     */
    private Counts counts(PageGlyphs page) {
        StringBuilder text = new StringBuilder();
        page.glyphs().forEach(g -> text.append(g.text()));
        int han = 0;
        int inWords = 0;
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
        int printed = 0;
        int letters = 0;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (!Character.isLetterOrDigit(cp) && leader(codePoints, i)) {
                continue; // dot leaders of a contents page, rules of dashes: layout, not text
            }
            printed++;
            if (Character.isLetterOrDigit(cp)) {
                letters++;
            }
        }
        return new Counts(han, inWords, printed, letters);
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
