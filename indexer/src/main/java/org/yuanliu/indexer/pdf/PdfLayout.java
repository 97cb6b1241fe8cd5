package org.yuanliu.indexer.pdf;

import java.util.List;

/**
 * Everything read from a PDF in its single parse: the glyphs of every page and the info dictionary.
 *
 * @param recognised the glyphs were recognised from page images by OCR, not read from a text layer
 */
public record PdfLayout(List<PageGlyphs> pages, PdfInfo info, boolean recognised) {
    public PdfLayout {
        pages = List.copyOf(pages);
    }

    public int glyphCount() {
        return pages.stream().mapToInt(p -> p.glyphs().size()).sum();
    }
}
