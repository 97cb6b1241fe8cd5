package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.indexer.pdf.Glyph;

/** Pages built by hand for the layout stages' tests: lines of square glyphs one size wide, A4 in points. */
public final class HandSetPage {
    public static final float WIDTH = 595;
    public static final float HEIGHT = 842;

    private final List<Line> lines = new ArrayList<>();

    /** A line of {@code text} starting at x on a baseline, one glyph per character. */
    public static Line line(String text, float x, float baseline, float size) {
        return line(1, text, x, baseline, size);
    }

    public static Line line(int page, String text, float x, float baseline, float size) {
        List<Glyph> glyphs = new ArrayList<>();
        float at = x;
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            float w = cp < 128 ? size / 2 : size;
            if (!s.isBlank()) {
                glyphs.add(new Glyph(s, at, baseline, w, size, size, "Body"));
            }
            at += w;
        }
        return Line.of(page, glyphs);
    }

    /** A line that fills the width from x0 to x1 with filler glyphs after its label. */
    public static Line filled(String label, float x0, float x1, float baseline, float size) {
        int n = (int) ((x1 - x0) / size);
        StringBuilder text = new StringBuilder(label);
        while (text.length() < n) {
            text.append('文');
        }
        return line(text.toString(), x0, baseline, size);
    }

    public HandSetPage add(Line line) {
        lines.add(line);
        return this;
    }

    public List<Line> lines() {
        return lines;
    }

    public PageLines page() {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return new PageLines(1, WIDTH, HEIGHT, sorted);
    }
}
