package org.yuanliu.indexer.pdf;

import java.util.List;

/** The glyphs of one page in content-stream order, with the page size in points. */
public record PageGlyphs(int number, float width, float height, List<Glyph> glyphs) {
    public PageGlyphs {
        glyphs = List.copyOf(glyphs);
    }
}
