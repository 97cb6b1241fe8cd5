package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.pdf.Glyph;

/**
 * Puts a page's lines in reading order, region by region as {@link RegionSegmenter} finds them. Each placed
 * line carries its region as its column, and the region's usual left and right text edges, against which
 * indentation and short last lines are judged.
 */
public final class ColumnLayout implements java.util.function.UnaryOperator<LayoutDocument> {
    private final RegionSegmenter segmenter = new RegionSegmenter();

    /** The layout stage, the last: each text page's remaining lines in reading order. */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        return document.mapTextPages(p -> p.withOrder(order(p.lines())));
    }

    public List<PlacedLine> order(PageLines page) {
        List<RegionSegmenter.Region> regions = segmenter.segment(page).stream()
                .map(r -> new RegionSegmenter.Region(mergeSameBaseline(r.lines()), r.column())).toList();
        Map<Integer, List<Line>> byColumn = new HashMap<>();
        regions.forEach(r -> byColumn.computeIfAbsent(r.column(), c -> new ArrayList<>()).addAll(r.lines()));
        List<PlacedLine> ordered = new ArrayList<>();
        for (RegionSegmenter.Region region : regions) {
            List<Line> column = byColumn.get(region.column());
            float left = mode(column.stream().map(Line::x0).toList());
            float right = mode(column.stream().map(Line::x1).toList());
            region.lines().forEach(line -> ordered.add(new PlacedLine(line, region.column(), left, right)));
        }
        return ordered;
    }

    /** A justified line can break into pieces at wide gaps; within one region they are one line. */
    private static List<Line> mergeSameBaseline(List<Line> lines) {
        List<Line> merged = new ArrayList<>();
        for (Line line : lines) {
            Line previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && Math.abs(previous.baseline() - line.baseline()) < 1f
                    && Math.abs(previous.fontSize() - line.fontSize()) < 0.6f) {
                List<Glyph> glyphs = new ArrayList<>(previous.glyphs());
                glyphs.addAll(line.glyphs());
                merged.set(merged.size() - 1, Line.of(line.page(), glyphs));
            } else {
                merged.add(line);
            }
        }
        return merged;
    }

    private static float mode(List<Float> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(Math.round(v), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> (float) e.getKey()).orElse(0f);
    }
}
