package org.yuanliu.indexer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph with its position, size and font, page by page. PDFBox's own line and word
 * reconstruction is skipped: we only need the positions, and our layout stages do the rest.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<PageGlyphs> pages = new ArrayList<>();
    private final int maxPages;
    private List<Glyph> current;
    /** One name string per font, so later stages compare and hash the same instance. */
    private final java.util.Map<org.apache.pdfbox.pdmodel.font.PDFont, String> fontNames = new java.util.IdentityHashMap<>();

    private final java.util.Map<org.apache.pdfbox.pdmodel.font.PDFont, java.util.Map<Integer, Boolean>> blankGlyphs =
            new java.util.IdentityHashMap<>();

    GlyphCollector(int maxPages) {
        this.maxPages = maxPages;
        setSortByPosition(false);
        setEndPage(maxPages);
    }

    List<PageGlyphs> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        pages.add(new PageGlyphs(pages.size() + 1, rotated ? box.getHeight() : box.getWidth(),
                rotated ? box.getWidth() : box.getHeight(), current));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank() || drawsNothing(text)) {
            return;
        }
        String font = text.getFont() == null ? "" : fontNames.computeIfAbsent(text.getFont(),
                f -> f.getName() == null ? "" : stripSubsetPrefix(f.getName()));
        float size = text.getFontSizeInPt();
        if (size <= 0) {
            size = text.getHeightDir();
        }
        current.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), text.getHeightDir(),
                size, font));
    }

    /**
     * A glyph whose outline is empty is a space, whatever its code maps to: some producers (方正 among them) set the
     * gaps of letter-spaced and justified text with a blank glyph of a CJK code point (摇). Judged per font and code.
     */
    private boolean drawsNothing(TextPosition text) {
        if (!(text.getFont() instanceof PDVectorFont font) || text.getCharacterCodes().length != 1) {
            return false;
        }
        int code = text.getCharacterCodes()[0];
        return blankGlyphs.computeIfAbsent(text.getFont(), f -> new java.util.HashMap<>()).computeIfAbsent(code, c -> {
            try {
                return font.hasGlyph(c) && font.getPath(c).getPathIterator(null).isDone();
            } catch (IOException | RuntimeException unreadable) {
                return false;
            }
        });
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
