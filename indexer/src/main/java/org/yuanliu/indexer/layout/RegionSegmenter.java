package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a page's lines into regions in reading order by a recursive XY-cut (Nagy and Seth, 1984) over line
 * boxes. At each node, in this order:
 * <ol>
 *   <li>an empty vertical strip at least a gutter wide with lines on both sides splits it into columns, read left
 *   to right;</li>
 *   <li>otherwise, whitespace clearly wider than the node's usual line gap cuts it into horizontal strips;</li>
 *   <li>otherwise, when a few lines cross the best gutter candidate (a full-width title, a centred wrapped title
 *   line, an abstract or table between two-column parts, set without extra space around them) and the rest falls
 *   into two columns with a shared left edge each, the node is cut into horizontal bands at those lines;</li>
 *   <li>otherwise the node is one region, read top to bottom.</li>
 * </ol>
 * So the gutter is found per region, from the region's own lines, never from page-wide numbers.
 */
public final class RegionSegmenter {
    /** An empty vertical strip this many body sizes wide separates columns (gutters run 1–3 em). */
    static final float GUTTER_EM = 0.8f;
    /** Each side of a column cut holds at least this many lines: one stray line is not a column. */
    static final int MIN_COLUMN_LINES = 2;
    /** …and is at least this many body sizes wide: a run of note numbers or list labels is not a column. */
    static final float MIN_COLUMN_EM = 5f;
    /** Lines crossing a gutter may be at most this share of a node for it to count as two-column bands. */
    static final float MAX_CROSSING_SHARE = 0.25f;
    /** A horizontal gap counts as a region break when wider than this many usual line gaps… */
    static final float DISTINCT_GAP_RATIO = 1.6f;
    /** …and wider than the usual gap by at least this many body sizes. */
    static final float DISTINCT_GAP_EM = 0.5f;

    /**
     * Lines of one region in reading order. {@code column} names the column the region lies in: 0 for the page's
     * full width, a new number for each side of every vertical cut, shared by the strips and bands cut from it.
     */
    public record Region(List<Line> lines, int column) {
        public Region {
            lines = List.copyOf(lines);
        }

        public float left() {
            return (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
        }

        public float right() {
            return (float) lines.stream().mapToDouble(Line::x1).max().orElse(0);
        }
    }

    /** A column's left and right edges, from the regions cut from it. */
    public record Column(float left, float right) {
        public boolean holds(Line line) {
            return line.x0() >= left - 1 && line.x1() <= right + 1;
        }
    }

    /** The columns side-by-side regions lie in, in reading order (none on a one-column page). */
    public List<Column> columns(PageLines page) {
        Map<Integer, float[]> edges = new LinkedHashMap<>();
        for (Region region : segment(page)) {
            if (region.column() != 0) {
                float[] e = edges.computeIfAbsent(region.column(), c -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
                e[0] = Math.min(e[0], region.left());
                e[1] = Math.max(e[1], region.right());
            }
        }
        return edges.values().stream().map(e -> new Column(e[0], e[1])).toList();
    }

    public List<Region> segment(PageLines page) {
        List<Region> regions = new ArrayList<>();
        cut(byReadingLine(page.lines()), 0, new int[] {0}, regions);
        return regions;
    }

    private static void cut(List<Line> lines, int column, int[] columnsSoFar, List<Region> out) {
        if (lines.size() <= 1) {
            if (!lines.isEmpty()) {
                out.add(new Region(lines, column));
            }
            return;
        }
        float em = medianSize(lines);
        List<List<Line>> columns = columns(lines, em);
        if (columns.size() > 1) {
            columns.forEach(c -> cut(c, ++columnsSoFar[0], columnsSoFar, out));
            return;
        }
        List<List<Line>> bands = strips(lines, em);
        if (bands.size() <= 1) {
            bands = bandsAroundCrossingLines(lines, em);
        }
        if (bands.size() > 1) {
            bands.forEach(b -> cut(b, column, columnsSoFar, out));
            return;
        }
        out.add(new Region(lines, column));
    }

    /** Splits at every empty vertical strip at least a gutter wide that leaves enough lines on both sides. */
    private static List<List<Line>> columns(List<Line> lines, float em) {
        List<Line> byLeft = new ArrayList<>(lines);
        byLeft.sort(Comparator.comparingDouble(Line::x0));
        List<List<Line>> columns = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        float right = Float.NEGATIVE_INFINITY;
        for (Line line : byLeft) {
            if (!current.isEmpty() && line.x0() - right >= GUTTER_EM * em) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            right = Math.max(right, line.x1());
        }
        columns.add(current);
        // A side too thin to be a column (a line number, a lone label) stays with its neighbour.
        for (int i = 0; i < columns.size() && columns.size() > 1; ) {
            if (columns.get(i).size() < MIN_COLUMN_LINES || width(columns.get(i)) < MIN_COLUMN_EM * em) {
                int into = i == 0 ? 1 : i - 1;
                columns.get(into).addAll(columns.remove(i));
                i = 0;
            } else {
                i++;
            }
        }
        return columns.stream().map(RegionSegmenter::byReadingLine).toList();
    }

    /**
     * Bands of a node whose gutter is crossed by a few lines only: the crossing lines are bands of their own, the
     * lines between them bands that the next step splits into columns.
     */
    private static List<List<Line>> bandsAroundCrossingLines(List<Line> lines, float em) {
        float minX = (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
        float maxX = (float) lines.stream().mapToDouble(Line::x1).max().orElse(0);
        float width = maxX - minX;
        float window = GUTTER_EM * em;
        if (width < 8 * window) {
            return List.of(lines);
        }
        // The gutter candidate: the window in the middle of the node crossed by the fewest lines.
        float bestX = Float.NaN;
        int bestCount = Integer.MAX_VALUE;
        for (float x = minX + 0.25f * width; x + window <= minX + 0.75f * width; x += 1f) {
            float a = x;
            int count = (int) lines.stream().filter(l -> l.overlapsHorizontally(a, a + window)).count();
            if (count < bestCount) {
                bestCount = count;
                bestX = x;
            }
        }
        if (Float.isNaN(bestX) || bestCount == 0 || bestCount > MAX_CROSSING_SHARE * lines.size()) {
            return List.of(lines);
        }
        float windowLeft = bestX;
        float windowRight = bestX + window;
        // The gutter is all the white between the two sides, so a short centred line inside it crosses it too.
        float gutterLeft = (float) lines.stream().filter(l -> l.x1() <= windowLeft).mapToDouble(Line::x1).max().orElse(windowLeft);
        float gutterRight = (float) lines.stream().filter(l -> l.x0() >= windowRight).mapToDouble(Line::x0).min().orElse(windowRight);
        List<Line> left = lines.stream().filter(l -> l.x1() <= gutterLeft).toList();
        List<Line> right = lines.stream().filter(l -> l.x0() >= gutterRight).toList();
        if (left.size() + right.size() + MAX_CROSSING_SHARE * lines.size() < lines.size()
                || left.size() < 3 || right.size() < 3 || sharedLeftEdge(left, em) < Math.max(2, left.size() / 3)
                || sharedLeftEdge(right, em) < Math.max(2, right.size() / 3)) {
            return List.of(lines);
        }
        List<List<Line>> bands = new ArrayList<>();
        List<Line> band = new ArrayList<>();
        Boolean bandCrosses = null;
        for (Line line : lines) {
            boolean crosses = line.x1() > gutterLeft && line.x0() < gutterRight;
            if (bandCrosses != null && crosses != bandCrosses) {
                bands.add(band);
                band = new ArrayList<>();
            }
            band.add(line);
            bandCrosses = crosses;
        }
        bands.add(band);
        return bands;
    }

    private static float width(List<Line> lines) {
        return (float) (lines.stream().mapToDouble(Line::x1).max().orElse(0) - lines.stream().mapToDouble(Line::x0).min().orElse(0));
    }

    /** How many lines start at the most common left edge (within a quarter em). */
    private static int sharedLeftEdge(List<Line> lines, float em) {
        int best = 0;
        for (Line a : lines) {
            int n = (int) lines.stream().filter(b -> Math.abs(b.x0() - a.x0()) <= 0.25f * em).count();
            best = Math.max(best, n);
        }
        return best;
    }

    /** Horizontal strips at gaps clearly wider than the node's usual gap between lines. */
    private static List<List<Line>> strips(List<Line> lines, float em) {
        List<float[]> gaps = new ArrayList<>(); // {index of the first line below the gap, gap height}
        float bottom = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float top = line.top();
            if (i > 0 && top > bottom) {
                gaps.add(new float[] {i, top - bottom});
            }
            bottom = Math.max(bottom, bottom(line));
        }
        if (gaps.isEmpty()) {
            return List.of(lines);
        }
        float usual = median(gaps.stream().map(g -> g[1]).toList());
        float threshold = gaps.size() >= 3 ? Math.max(DISTINCT_GAP_RATIO * usual, usual + DISTINCT_GAP_EM * em) : em;
        List<List<Line>> strips = new ArrayList<>();
        int from = 0;
        for (float[] gap : gaps) {
            if (gap[1] > threshold) {
                strips.add(lines.subList(from, (int) gap[0]));
                from = (int) gap[0];
            }
        }
        strips.add(lines.subList(from, lines.size()));
        return strips;
    }

    private static float bottom(Line line) {
        return line.baseline() + 0.25f * line.fontSize();
    }

    /** Top to bottom by the line's top, left to right within a row: the order both cuts expect. */
    private static List<Line> byReadingLine(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return sorted;
    }

    private static float medianSize(List<Line> lines) {
        return median(lines.stream().map(Line::fontSize).toList());
    }

    private static float median(List<Float> values) {
        List<Float> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
