package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.RegionSegmenter;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.layout.Typography;

/**
 * Separates the footnote zone from the body of a page. The zone is the run of lines at the foot of the page
 * set smaller than the body text, provided some line in it starts with a note mark; on a two-column page without
 * such a run across the page, the foot of each column is looked at on its own.
 */
public final class FootnoteZone {
    /** A mark and its note text on one baseline are one line when the gap between them is below this many sizes. */
    private static final float JOIN_GAP_EM = 4f;
    /** Lines of one note zone follow each other closer than this many sizes, baseline to baseline. */
    private static final float ZONE_GAP_EM = 2.6f;

    private final RegionSegmenter segmenter = new RegionSegmenter();

    /** The page without its footnote zone, and the zone's lines top to bottom. */
    public record Split(PageLines body, List<Line> noteLines) {
    }

    public Split split(PageLines page, Typography typography) {
        List<Line> notes = zone(page.lines(), typography);
        if (notes.isEmpty()) {
            // Two-column pages may set footnotes at the foot of each column, above the other column's text: each
            // column's zone is looked for among the page's lines within that column's left and right edges.
            Map<Integer, float[]> columns = new LinkedHashMap<>();
            for (RegionSegmenter.Region region : segmenter.segment(page)) {
                if (region.column() != 0) {
                    float[] edges = columns.computeIfAbsent(region.column(), c -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
                    edges[0] = Math.min(edges[0], region.left());
                    edges[1] = Math.max(edges[1], region.right());
                }
            }
            Set<Line> zones = new LinkedHashSet<>();
            for (float[] edges : columns.values()) {
                zones.addAll(zone(page.lines().stream().filter(l -> l.x0() >= edges[0] - 1 && l.x1() <= edges[1] + 1).toList(),
                        typography));
            }
            notes = new ArrayList<>(zones); // columns in reading order, each zone top to bottom
        }
        if (notes.isEmpty()) {
            return new Split(page, List.of());
        }
        Set<Line> zoneLines = Set.copyOf(notes);
        return new Split(page.without(zoneLines::contains), joinedRows(notes));
    }

    private static List<Line> row(List<Line> lines, Line line) {
        return lines.stream().filter(l -> Math.abs(l.baseline() - line.baseline()) < 0.3f * line.fontSize()).toList();
    }

    /**
     * A note whose mark is set apart by a tab (Word, LibreOffice) arrives as two pieces on one baseline; within
     * the zone they are one line, so the mark leads the note's first line.
     */
    private static List<Line> joinedRows(List<Line> zone) {
        List<Line> rows = new ArrayList<>();
        for (Line line : zone) {
            Line previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (previous != null && Math.abs(previous.baseline() - line.baseline()) < 0.3f * line.fontSize()
                    && line.x0() > previous.x1() && line.x0() - previous.x1() < JOIN_GAP_EM * line.fontSize()) {
                List<Glyph> glyphs = new ArrayList<>(previous.glyphs());
                glyphs.addAll(line.glyphs());
                rows.set(rows.size() - 1, Line.of(line.page(), glyphs));
            } else {
                rows.add(line);
            }
        }
        return rows;
    }

    /**
     * The run of small-type lines at the foot of these lines, if one of them starts with a note mark. The run
     * stops at a wide vertical gap (the space above a separator rule) and at a row of several cells (a table set
     * small just above the notes).
     */
    private static List<Line> zone(List<Line> lines, Typography typography) {
        List<Line> byBaseline = new ArrayList<>(lines);
        byBaseline.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        int start = byBaseline.size();
        float upper = Float.NaN;
        while (start > 0) {
            Line line = byBaseline.get(start - 1);
            boolean sameRow = !Float.isNaN(upper) && Math.abs(upper - line.baseline()) < 0.3f * line.fontSize();
            if (!typography.isSmallerThanBody(line)
                    || (!sameRow && !Float.isNaN(upper) && upper - line.baseline() > ZONE_GAP_EM * line.fontSize())
                    || joinedRows(row(byBaseline, line)).size() > 1) {
                break;
            }
            upper = line.baseline();
            start--;
        }
        List<Line> zone = byBaseline.subList(start, byBaseline.size());
        if (zone.isEmpty() || start == 0) { // lines all in small type have no body for notes to sit under
            return List.of();
        }
        float left = (float) zone.stream().mapToDouble(Line::x0).min().orElse(0);
        boolean marked = joinedRows(zone).stream().anyMatch(l -> l.x0() - left < 1.5f * l.fontSize()
                && NoteMarkers.leading(l.text()).isPresent());
        return marked ? List.copyOf(zone) : List.of();
    }
}
