package org.yuanliu.indexer.pdf;

import java.util.HashMap;
import java.util.Map;

import org.yuanliu.indexer.text.DataFile;

/**
 * Reads back the symbols a font's broken ToUnicode map names as ideographs. 方正's Latin fonts draw ≤, Greek
 * letters, hyphens and full stops but map them to 臆, 酌, 鄄, 郾 (listed in {@code misencoded-symbols.txt}), so
 * "2郾1" heads a section and "t+1臆n" is a formula. Only a font whose ideographs are almost all such stand-ins, and
 * which draws mostly other characters, is read this way: a font that sets Chinese draws ideographs from all over
 * (the listed rows hold a few per cent of running Chinese text), and an unlisted stand-in (方正's own symbols) stays
 * as it is.
 */
public final class MisencodedSymbols {
    private static final String TABLE = "misencoded-symbols.txt";
    /** A font drawing at least this share of ideographs sets Chinese, whatever they are. */
    static final double MAX_IDEOGRAPH_SHARE = 0.5;
    /** At least this share of a misencoding font's ideographs are listed stand-ins. */
    static final double MIN_LISTED_SHARE = 0.8;

    private final Map<String, String> symbols;

    private MisencodedSymbols(Map<String, String> symbols) {
        this.symbols = symbols;
    }

    public static MisencodedSymbols standard() {
        Map<String, String> symbols = new HashMap<>();
        for (String entry : DataFile.entries(MisencodedSymbols.class, TABLE)) {
            String[] parts = entry.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(TABLE + ": expected 'ideograph<TAB>symbol', found '" + entry + "'");
            }
            symbols.put(parts[0], parts[1]);
        }
        return new MisencodedSymbols(Map.copyOf(symbols));
    }

    /** Whether one font's glyphs, given as the texts it drew with how often each, are to be read through the list. */
    public boolean misencodes(Map<String, Integer> drawn) {
        int ideographs = 0;
        int listed = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : drawn.entrySet()) {
            total += e.getValue();
            if (isIdeograph(e.getKey())) {
                ideographs += e.getValue();
                listed += symbols.containsKey(e.getKey()) ? e.getValue() : 0;
            }
        }
        return ideographs > 0 && ideographs < MAX_IDEOGRAPH_SHARE * total && listed >= MIN_LISTED_SHARE * ideographs;
    }

    /** The symbol an ideograph of a misencoding font stands for, or the text itself. */
    public String symbol(String text) {
        return symbols.getOrDefault(text, text);
    }

    private static boolean isIdeograph(String text) {
        return text.codePointCount(0, text.length()) == 1
                && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
