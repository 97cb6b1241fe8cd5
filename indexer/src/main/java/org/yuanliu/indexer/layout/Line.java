package org.yuanliu.indexer.layout;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.pdf.Glyph;

/**
 * A run of glyphs on one baseline, not crossing a column gutter or table-cell gap. Superscript glyphs
 * (smaller and raised: footnote markers, bracketed citations) belong to the line they are raised above.
 */
public record Line(int page, List<Glyph> glyphs, float baseline, float fontSize, String font, float x0, float x1,
                   String text) {

    /** Builds a line, taking baseline, size and font from the glyphs that carry most of its text. */
    public static Line of(int page, List<Glyph> unordered) {
        List<Glyph> glyphs = unordered.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
        Map<Float, Integer> sizes = new HashMap<>();
        Map<String, Integer> fonts = new HashMap<>();
        float right = Float.NEGATIVE_INFINITY;
        for (Glyph g : glyphs) {
            sizes.merge(round(g.fontSize()), g.text().length(), Integer::sum);
            fonts.merge(g.font(), g.text().length(), Integer::sum);
            right = Math.max(right, g.right());
        }
        float size = sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        float baseline = (float) glyphs.stream().filter(g -> Math.abs(g.fontSize() - size) < 0.6f)
                .mapToDouble(Glyph::baseline).max().orElse(glyphs.get(0).baseline());
        return new Line(page, glyphs, baseline, size, font, glyphs.get(0).x(), right, text(glyphs, size));
    }

    static float round(float size) {
        return Math.round(size * 2) / 2f;
    }

    public float top() {
        return baseline - fontSize;
    }

    /** Smaller than the line's own size and raised above its baseline. */
    public boolean isSuperscript(Glyph glyph) {
        return glyph.fontSize() < 0.8f * fontSize && glyph.baseline() < baseline - 0.12f * fontSize;
    }

    public boolean isBold() {
        return glyphs.stream().filter(g -> g.font().equals(font)).findFirst().map(Glyph::isBold).orElse(false);
    }

    /** The text with a space wherever the gap between two glyphs looks like a word space. */
    private static String text(List<Glyph> glyphs, float fontSize) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null && g.x() - previous.right() > 0.2f * fontSize) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        return text.toString();
    }

    /** Lines are compared by identity in sets and maps: two pieces of text are never "the same line". */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public boolean overlapsHorizontally(float left, float right) {
        return x0() < right && x1() > left;
    }
}
