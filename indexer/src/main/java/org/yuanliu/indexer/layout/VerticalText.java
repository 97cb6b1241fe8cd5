package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.pdf.PageGlyphs;

/**
 * Vertical text (竖排): columns read right to left, characters top to bottom. A page whose glyphs, in the order
 * they are drawn, mostly step down by about one character (and hardly ever to the right) is set vertically; it is
 * turned a quarter turn so that its columns become lines in reading order — the rightmost column the first line,
 * each column's top its start — and the rest of the chain reads it as any page. Other pages pass unchanged.
 */
public final class VerticalText {
    private static final int MIN_STEPS = 8;

    /** The page as the chain reads it: turned upright when it is set vertically. */
    public PageGlyphs upright(PageGlyphs page) {
        return isVertical(page.glyphs()) ? turned(page) : page;
    }

    static boolean isVertical(List<Glyph> glyphs) {
        int down = 0;
        int across = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            float size = Math.max(a.fontSize(), b.fontSize());
            if (size <= 0 || Math.abs(a.fontSize() - b.fontSize()) > 0.2f * size) {
                continue;
            }
            float dx = b.x() - a.x();
            float dy = b.baseline() - a.baseline();
            if (Math.abs(dx) < 0.25f * size && dy > 0.6f * size && dy < 1.8f * size) {
                down++;
            } else if (Math.abs(dy) < 0.25f * size && dx > 0.3f * size && dx < 1.8f * size) {
                across++;
            }
        }
        return down >= MIN_STEPS && down > 3 * across;
    }

    /**
     * A quarter turn counter-clockwise: a character's box [x, x + w] × [y − h, y] (y from the top) becomes
     * [y − s, y] across and ends at W − x down, so a column at the right becomes a line at the top.
     */
    private static PageGlyphs turned(PageGlyphs page) {
        List<Glyph> turned = new ArrayList<>(page.glyphs().size());
        for (Glyph g : page.glyphs()) {
            float advance = g.fontSize() > 0 ? g.fontSize() : g.height();
            turned.add(new Glyph(g.text(), g.baseline() - advance, page.width() - g.x(), advance,
                    g.width() > 0 ? g.width() : advance, g.fontSize(), g.font()));
        }
        return new PageGlyphs(page.number(), page.height(), page.width(), turned);
    }
}
