package org.yuanliu.benchmarks.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A TrueType CJK font PDFBox can embed (glyf outlines; PDFBox cannot embed CFF-based OpenType such as Noto CJK),
 * with glyph coverage and advance widths cached. One instance per thread: fontbox fonts are not thread-safe.
 */
public final class CjkFont implements AutoCloseable {
    /** Debian packages with a suitable font, in order of preference. */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    private final TrueTypeCollection collection;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float[] widths = new float[0x10000];
    private final byte[] known = new byte[0x10000]; // 0 unknown, 1 has glyph, 2 missing

    private CjkFont(TrueTypeCollection collection, TrueTypeFont font) throws IOException {
        this.collection = collection;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    public static Path locate() {
        String configured = System.getProperty("yuanliu.benchmark.font", System.getenv("YUANLIU_BENCHMARK_FONT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return CANDIDATES.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "No embeddable CJK TrueType font found. Install one: apt-get install fonts-wqy-zenhei "
                        + "(or set YUANLIU_BENCHMARK_FONT to a .ttf/.ttc with glyf outlines)"));
    }

    public static CjkFont open(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            throw new IOException("no font in " + file);
        }
        return new CjkFont(collection, first[0]);
    }

    public TrueTypeFont trueType() {
        return font;
    }

    public boolean has(int codePoint) {
        if (codePoint >= 0x10000) {
            return false;
        }
        if (known[codePoint] == 0) {
            known[codePoint] = (byte) (cmap.getGlyphId(codePoint) > 0 ? 1 : 2);
        }
        return known[codePoint] == 1;
    }

    /** Advance width in text space units per 1 pt of font size. */
    public float width(int codePoint) {
        if (!has(codePoint)) {
            return 0;
        }
        float w = widths[codePoint];
        if (w == 0) {
            try {
                w = font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
            } catch (IOException e) {
                w = 1f;
            }
            widths[codePoint] = w;
        }
        return w;
    }

    /** The text without characters the font lacks (they could not be shown). */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == ' ' || has(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }

    static File file(Path path) {
        return path.toFile();
    }
}
