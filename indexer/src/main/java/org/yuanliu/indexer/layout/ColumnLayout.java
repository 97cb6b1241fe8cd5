package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.pdf.Glyph;

/**
 * Puts a page's lines in reading order. A page has two columns when a vertical band near its middle is
 * crossed by few lines while many lines lie wholly on each side of it. Lines crossing the gutter (titles,
 * abstracts, wide floats) split the page into bands; within a band the left column is read before the right.
 */
public final class ColumnLayout {
    public static final int FULL_WIDTH = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;

    public List<PlacedLine> order(PageLines page) {
        List<Line> lines = page.lines();
        if (lines.isEmpty()) {
            return List.of();
        }
        float gutter = findGutter(page);
        Map<Line, Integer> column = new HashMap<>();
        for (Line line : lines) {
            int c = Float.isNaN(gutter) || line.overlapsHorizontally(gutter - 1, gutter + 1) ? FULL_WIDTH
                    : line.x1() <= gutter ? LEFT : RIGHT;
            column.put(line, c);
        }
        List<Line> merged = mergeSameBaseline(lines, column);
        Map<Integer, float[]> edges = edges(merged, column);

        List<PlacedLine> ordered = new ArrayList<>();
        List<Line> band = new ArrayList<>();
        for (Line line : merged) {
            if (column.get(line) == FULL_WIDTH) {
                flushBand(band, column, edges, ordered);
                ordered.add(place(line, column, edges));
            } else {
                band.add(line);
            }
        }
        flushBand(band, column, edges, ordered);
        return ordered;
    }

    private static void flushBand(List<Line> band, Map<Line, Integer> column, Map<Integer, float[]> edges,
                                  List<PlacedLine> ordered) {
        band.stream().filter(l -> column.get(l) == LEFT).forEach(l -> ordered.add(place(l, column, edges)));
        band.stream().filter(l -> column.get(l) == RIGHT).forEach(l -> ordered.add(place(l, column, edges)));
        band.clear();
    }

    private static PlacedLine place(Line line, Map<Line, Integer> column, Map<Integer, float[]> edges) {
        int c = column.get(line);
        float[] e = edges.get(c);
        return new PlacedLine(line, c, e[0], e[1]);
    }

    /** The x of a gutter, or NaN for a single-column page. */
    public static float findGutter(PageLines page) {
        List<Line> lines = page.lines();
        int from = (int) (page.width() * 0.3f);
        int to = (int) (page.width() * 0.7f);
        int[] coverage = new int[to - from + 1];
        for (Line line : lines) {
            for (int x = Math.max(from, (int) line.x0()); x <= Math.min(to, (int) Math.ceil(line.x1())); x++) {
                coverage[x - from]++;
            }
        }
        // The widest run of least-covered x positions: only lines crossing the gutter cover it.
        int min = Integer.MAX_VALUE;
        for (int c : coverage) {
            min = Math.min(min, c);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < coverage.length; ) {
            if (coverage[i] != min) {
                i++;
                continue;
            }
            int j = i;
            while (j < coverage.length && coverage[j] == min) {
                j++;
            }
            if (j - i > bestLength) {
                bestLength = j - i;
                bestStart = i;
            }
            i = j;
        }
        float gutter = from + bestStart + bestLength / 2f;
        List<Line> left = lines.stream().filter(l -> l.x1() < gutter).toList();
        List<Line> right = lines.stream().filter(l -> l.x0() > gutter).toList();
        // A real right column has many lines starting at one x (its left edge), not a few stray short lines.
        boolean columns = left.size() >= 4 && right.size() >= 4 && bestLength >= 4
                && sharedStart(right) >= Math.max(3, right.size() / 3) && min < left.size() + right.size();
        return columns ? gutter : Float.NaN;
    }

    private static long sharedStart(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.x0() / 2f), 1, Integer::sum));
        long best = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            best = Math.max(best, e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0));
        }
        return best;
    }

    /** A justified line can break into pieces at wide gaps; within one column they are one line. */
    private static List<Line> mergeSameBaseline(List<Line> lines, Map<Line, Integer> column) {
        List<Line> merged = new ArrayList<>();
        for (Line line : lines) {
            Line previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && column.get(previous).equals(column.get(line))
                    && Math.abs(previous.baseline() - line.baseline()) < 1f
                    && Math.abs(previous.fontSize() - line.fontSize()) < 0.6f) {
                List<Glyph> glyphs = new ArrayList<>(previous.glyphs());
                glyphs.addAll(line.glyphs());
                Line joined = Line.of(line.page(), glyphs);
                merged.set(merged.size() - 1, joined);
                column.put(joined, column.get(line));
            } else {
                merged.add(line);
            }
        }
        merged.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return merged;
    }

    /** Per column, the most common left edge and right edge of its lines. */
    private static Map<Integer, float[]> edges(List<Line> lines, Map<Line, Integer> column) {
        Map<Integer, float[]> edges = new HashMap<>();
        for (int c : new int[] {FULL_WIDTH, LEFT, RIGHT}) {
            List<Line> inColumn = lines.stream().filter(l -> column.get(l) == c).toList();
            edges.put(c, new float[] {mode(inColumn.stream().map(Line::x0).toList()),
                    mode(inColumn.stream().map(Line::x1).toList())});
        }
        return edges;
    }

    private static float mode(List<Float> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(Math.round(v), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> (float) e.getKey()).orElse(0f);
    }
}
