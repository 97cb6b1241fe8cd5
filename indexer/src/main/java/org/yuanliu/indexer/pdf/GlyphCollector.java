package org.yuanliu.indexer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph with its position, size and font, page by page. PDFBox's own line and word
 * reconstruction is skipped: we only need the positions, and our layout stages do the rest.
 */
final class GlyphCollector extends PDFTextStripper {
    /**
     * Blank glyphs stand for spaces, so they are among a font's most frequent codes: only that many of each font's
     * codes are tested (an outline lookup costs about as much as reading the page's text).
     */
    private static final int BLANK_CANDIDATES = 24;

    /** A glyph as read, with the font and code it was drawn with, until blank glyphs are known. */
    private record Drawn(Glyph glyph, PDFont font, int code) {
    }

    private final List<List<Drawn>> drawnPages = new ArrayList<>();
    private final List<float[]> pageSizes = new ArrayList<>();
    private final Set<COSDictionary> seenPages = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PDFont, Map<Integer, Integer>> codeCounts = new IdentityHashMap<>();
    private List<Drawn> current;
    private List<PageGlyphs> pages;
    /** One name string per font, so later stages compare and hash the same instance. */
    private final Map<PDFont, String> fontNames = new IdentityHashMap<>();

    private final MisencodedSymbols symbols;

    GlyphCollector(int maxPages, MisencodedSymbols symbols) {
        this.symbols = symbols;
        setSortByPosition(false);
        setEndPage(maxPages);
    }

    /** The pages' glyphs, without the blank ones, misencoded symbols read back. */
    List<PageGlyphs> pages() {
        if (pages == null) {
            Map<PDFont, Set<Integer>> blank = blankGlyphs();
            List<List<Drawn>> drawn = drawnPages.stream().map(page -> page.stream()
                    .filter(d -> d.font() == null || !blank.getOrDefault(d.font(), Set.of()).contains(d.code()))
                    .toList()).toList();
            Set<PDFont> misencoding = misencodingFonts(drawn);
            pages = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                List<Glyph> glyphs = drawn.get(i).stream().map(d -> misencoding.contains(d.font()) ? readBack(d.glyph()) : d.glyph())
                        .toList();
                pages.add(new PageGlyphs(i + 1, pageSizes.get(i)[0], pageSizes.get(i)[1], glyphs));
            }
        }
        return pages;
    }

    /** Fonts whose ideographs stand for symbols, judged on everything each font drew in the document. */
    private Set<PDFont> misencodingFonts(List<List<Drawn>> drawn) {
        Map<PDFont, Map<String, Integer>> texts = new IdentityHashMap<>();
        drawn.forEach(page -> page.stream().filter(d -> d.font() != null)
                .forEach(d -> texts.computeIfAbsent(d.font(), f -> new HashMap<>()).merge(d.glyph().text(), 1, Integer::sum)));
        Set<PDFont> fonts = Collections.newSetFromMap(new IdentityHashMap<>());
        texts.forEach((font, counts) -> {
            if (symbols.misencodes(counts)) {
                fonts.add(font);
            }
        });
        return fonts;
    }

    private Glyph readBack(Glyph g) {
        String symbol = symbols.symbol(g.text());
        return symbol.equals(g.text()) ? g : new Glyph(symbol, g.x(), g.baseline(), g.width(), g.height(), g.fontSize(), g.font());
    }

    /**
     * A page reached twice through the page tree (a looping or repeated Kids entry; each page has one parent, so
     * this is always damage) is read once.
     */
    @Override
    public void processPage(PDPage page) throws IOException {
        if (seenPages.add(page.getCOSObject())) {
            super.processPage(page);
        }
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        drawnPages.add(current);
        pageSizes.add(new float[] {rotated ? box.getHeight() : box.getWidth(), rotated ? box.getWidth() : box.getHeight()});
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        String font = text.getFont() == null ? "" : fontNames.computeIfAbsent(text.getFont(),
                f -> f.getName() == null ? "" : stripSubsetPrefix(f.getName()));
        float size = text.getFontSizeInPt();
        if (size <= 0) {
            size = text.getHeightDir();
        }
        Glyph glyph = new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), text.getHeightDir(),
                size, font);
        int[] codes = text.getCharacterCodes();
        PDFont pdFont = codes.length == 1 ? text.getFont() : null;
        current.add(new Drawn(glyph, pdFont, pdFont == null ? -1 : codes[0]));
        if (pdFont != null) {
            codeCounts.computeIfAbsent(pdFont, f -> new HashMap<>()).merge(codes[0], 1, Integer::sum);
        }
    }

    /**
     * Codes whose outline draws nothing: spaces, whatever they map to. Some producers (方正 among them) set the gaps
     * of letter-spaced and justified text with a blank glyph of a CJK code point (摇).
     */
    private Map<PDFont, Set<Integer>> blankGlyphs() {
        Map<PDFont, Set<Integer>> blank = new IdentityHashMap<>();
        codeCounts.forEach((font, counts) -> {
            // a font that is not embedded is drawn from a substitute, whose outlines say nothing about this document
            if (!(font instanceof PDVectorFont vector) || !font.isEmbedded()) {
                return;
            }
            counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(BLANK_CANDIDATES)
                    .map(Map.Entry::getKey).filter(code -> drawsNothing(vector, code))
                    .forEach(code -> blank.computeIfAbsent(font, f -> new HashSet<>()).add(code));
        });
        return blank;
    }

    private static boolean drawsNothing(PDVectorFont font, int code) {
        try {
            return font.hasGlyph(code) && font.getPath(code).getPathIterator(null).isDone();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    @Override
    protected void writePage() throws IOException {
        // Positions are all we need; PDFBox's text assembly would only cost time.
    }

    /** "ABCDEF+NotoSerifCJK-Regular" → "NotoSerifCJK-Regular": subset tags differ between pages. */
    private static String stripSubsetPrefix(String font) {
        return font.length() > 7 && font.charAt(6) == '+' ? font.substring(7) : font;
    }
}
