package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.pdf.PageGlyphs;

/**
 * Groups a page's glyphs into lines: glyphs sharing a baseline, split where a gap is too wide to be a word
 * space (a column gutter or a table-cell gap). Raised small glyphs are attached to the line below them, lowered
 * small glyphs (subscripts: C<sub>i</sub>, a<sub>0</sub>) to the line above them.
 */
public final class LineAssembler {
    /** A gap wider than this many font sizes separates two lines on the same baseline; pieces of one column are re-joined later. */
    private static final float SEGMENT_GAP = 1.0f;
    /** A subscript's baseline lies at most this many of its line's font sizes below the line's baseline. */
    private static final float SUBSCRIPT_DROP = 0.45f;

    public PageLines assemble(PageGlyphs page) {
        List<Glyph> glyphs = withoutOverprint(page.glyphs());
        List<List<Glyph>> rows = baselineRows(glyphs);
        attachSuperscripts(rows);
        attachSubscripts(rows);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            for (List<Glyph> segment : segments(row)) {
                lines.add(Line.of(page.number(), segment));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return new PageLines(page.number(), page.width(), page.height(), lines);
    }

    /**
     * Fake bold prints a glyph two to four times at almost the same place, and a cover page pasted as a vector figure
     * does it line by line ("英英英英文文文文"); keep one. "Almost the same" is less than half the glyph's own width
     * apart, or within a third of it in both directions (PDFBox's tolerance for this): a narrow letter repeated (the
     * "ll" of "Hello") sits a whole width further on. Each glyph is compared with every kept glyph of its text near its
     * baseline, not only the last: copies a hair apart vertically sort apart.
     */
    private static List<Glyph> withoutOverprint(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Glyph> kept = new ArrayList<>(sorted.size());
        Map<String, List<Glyph>> keptByText = new HashMap<>();
        for (Glyph g : sorted) {
            List<Glyph> same = keptByText.computeIfAbsent(g.text(), t -> new ArrayList<>());
            if (!overprintsOneOf(g, same)) {
                same.add(g);
                kept.add(g);
            }
        }
        return kept;
    }

    /** @param same kept glyphs of the same text, in baseline order */
    private static boolean overprintsOneOf(Glyph g, List<Glyph> same) {
        float near = g.width() > 0 ? Math.min(0.5f * g.width(), 0.3f * g.fontSize()) : 0.15f * g.fontSize();
        float third = Math.max(g.width(), 0.1f * g.fontSize()) / g.text().length() / 3f;
        float reach = Math.max(0.3f * g.fontSize(), third);
        for (int i = same.size() - 1; i >= 0 && g.baseline() - same.get(i).baseline() <= reach; i--) {
            Glyph k = same.get(i);
            float dx = Math.abs(k.x() - g.x());
            float dy = Math.abs(k.baseline() - g.baseline());
            if ((dx < near && dy < 0.3f * g.fontSize()) || (dx <= third && dy <= third)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rows of glyphs sharing a baseline and a size class: a superscript that happens to sit on the baseline of
     * the other column's text must not join that text.
     */
    private static List<List<Glyph>> baselineRows(List<Glyph> sorted) {
        List<List<Glyph>> rows = new ArrayList<>();
        List<List<Glyph>> open = new ArrayList<>();
        for (Glyph g : sorted) {
            open.removeIf(row -> g.baseline() - row.get(0).baseline() > 0.25f * g.fontSize()
                    && g.baseline() - row.get(0).baseline() > 0.25f * row.get(0).fontSize());
            List<Glyph> target = null;
            for (List<Glyph> row : open) {
                Glyph first = row.get(0);
                float ratio = g.fontSize() / first.fontSize();
                if (Math.abs(g.baseline() - first.baseline()) <= 0.25f * Math.max(g.fontSize(), first.fontSize())
                        && ratio > 0.8f && ratio < 1.25f) {
                    target = row;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                open.add(target);
                rows.add(target);
            }
            target.add(g);
        }
        rows.sort(Comparator.comparingDouble(row -> row.get(0).baseline()));
        return rows;
    }

    /** A row of only small glyphs just above a row of larger ones holds that row's superscripts. */
    private static void attachSuperscripts(List<List<Glyph>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> row = rows.get(i);
            float size = maxSize(row);
            float baseline = row.get(0).baseline();
            for (int j = i + 1; j < rows.size(); j++) {
                List<Glyph> below = rows.get(j);
                float belowSize = maxSize(below);
                float belowBaseline = below.get(0).baseline();
                if (belowBaseline - baseline > 0.7f * belowSize) {
                    break;
                }
                boolean smaller = size < 0.8f * belowSize || (row.size() <= 3 && size < belowSize);
                if (smaller && belowBaseline > baseline && horizontallyWithin(row, below, belowSize)) {
                    below.addAll(row);
                    rows.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /**
     * A row of only small glyphs whose baseline lies less than half a line's size below a row of larger ones
     * overlaps that row's glyphs: it is set inside that line (subscripts), never a line of its own, which would cut
     * the paragraph around every formula. A smaller line of its own (a caption, a note) starts at least its own
     * size further down.
     */
    private static void attachSubscripts(List<List<Glyph>> rows) {
        for (int i = rows.size() - 1; i > 0; i--) {
            List<Glyph> row = rows.get(i);
            float size = maxSize(row);
            float baseline = row.get(0).baseline();
            for (int j = i - 1; j >= 0; j--) {
                List<Glyph> above = rows.get(j);
                float aboveSize = maxSize(above);
                float drop = baseline - above.get(0).baseline();
                if (drop > SUBSCRIPT_DROP * aboveSize) {
                    break;
                }
                if (drop > 0 && size < 0.8f * aboveSize && horizontallyWithin(row, above, aboveSize)) {
                    above.addAll(row);
                    rows.remove(i);
                    break;
                }
            }
        }
    }

    private static boolean horizontallyWithin(List<Glyph> small, List<Glyph> line, float size) {
        double left = line.stream().mapToDouble(Glyph::x).min().orElse(0) - size;
        double right = line.stream().mapToDouble(Glyph::right).max().orElse(0) + size;
        return small.stream().allMatch(g -> g.x() >= left && g.right() <= right);
    }

    private static float maxSize(List<Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(Glyph::fontSize).max().orElse(0);
    }

    private static List<List<Glyph>> segments(List<Glyph> row) {
        List<Glyph> byX = new ArrayList<>(row);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        List<List<Glyph>> segments = new ArrayList<>();
        List<Glyph> segment = new ArrayList<>();
        float right = Float.NEGATIVE_INFINITY;
        for (Glyph g : byX) {
            float size = Math.max(g.fontSize(), segment.isEmpty() ? 0 : segment.get(segment.size() - 1).fontSize());
            if (!segment.isEmpty() && g.x() - right > SEGMENT_GAP * size) {
                segments.add(segment);
                segment = new ArrayList<>();
            }
            segment.add(g);
            right = Math.max(right, g.right());
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        return segments;
    }
}
