package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.layout.LayoutDocument;
import org.yuanliu.indexer.layout.LayoutPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.RegionSegmenter;
import org.yuanliu.indexer.layout.Typography;

/**
 * Separates the footnote zone from the body of a page. The zone is the run of lines at the foot of the page
 * set smaller than the body text, provided some line in it starts with a note mark; on a two-column page without
 * such a run across the page, the foot of each column is looked at on its own.
 */
public final class FootnoteZone implements java.util.function.UnaryOperator<LayoutDocument> {
    /**
     * A note's mark stands at the zone's left edge or indented by at most this many sizes (TeX indents the first
     * line of each note by the paragraph indent); deeper in, a number is text.
     */
    static final float MARK_INDENT_EM = 2.5f;
    /** A row of this many pieces on one baseline is a table's (a justified note line breaks into two at most). */
    private static final int TABLE_ROW_CELLS = 3;
    /** Lines of one note zone follow each other closer than this many sizes, baseline to baseline. */
    private static final float ZONE_GAP_EM = 2.6f;

    private final RegionSegmenter segmenter = new RegionSegmenter();

    /** The page without its footnote zone, and the zone's lines top to bottom. */
    public record Split(PageLines body, List<Line> noteLines) {
    }

    /**
     * The layout stage: each text page's note zone taken out of its flow, up to the page where a reference or note
     * list begins (below its heading, numbered lines are entries, and the page foot holds no footnotes).
     */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        List<LayoutPage> pages = new ArrayList<>();
        boolean afterReferences = false;
        for (LayoutPage page : document.pages()) {
            if (page.role() != LayoutPage.Role.TEXT) {
                pages.add(page);
                continue;
            }
            boolean referencesStartHere = page.lines().lines().stream().anyMatch(l -> ReferencesHeading.matches(l.text()));
            if (afterReferences || referencesStartHere) {
                pages.add(page);
            } else {
                Split split = split(page.lines(), document.typography());
                pages.add(page.withNotes(split.body(), split.noteLines()));
            }
            afterReferences |= referencesStartHere;
        }
        return document.withPages(pages);
    }

    public Split split(PageLines page, Typography typography) {
        if (page.lines().stream().noneMatch(typography::isSmallerThanBody)) {
            return new Split(page, List.of()); // notes are set small: no zone, nothing to segment
        }
        // Notes run across the page's foot, or, on two-column pages, may sit at the foot of each column above the
        // other column's text: then each column's zone is found among the lines within that column's edges.
        List<Line> pageZone = zone(page.lines(), typography);
        List<RegionSegmenter.Column> columns = segmenter.columns(page);
        boolean acrossColumns = pageZone.stream().anyMatch(l -> columns.stream().noneMatch(c -> c.holds(l)));
        Set<Line> columnZones = new LinkedHashSet<>();
        if (!acrossColumns) {
            for (RegionSegmenter.Column column : columns) {
                columnZones.addAll(zone(page.lines().stream().filter(column::holds).toList(), typography));
            }
        }
        List<Line> notes = columnZones.isEmpty() ? pageZone : new ArrayList<>(columnZones);
        if (notes.isEmpty()) {
            return new Split(page, List.of());
        }
        Set<Line> zoneLines = Set.copyOf(notes);
        return new Split(page.without(zoneLines::contains), TabbedMarks.join(notes));
    }

    private static List<Line> row(List<Line> lines, Line line) {
        return lines.stream().filter(l -> Math.abs(l.baseline() - line.baseline()) < 0.3f * line.fontSize()).toList();
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
                    || TabbedMarks.join(row(byBaseline, line)).size() >= TABLE_ROW_CELLS) {
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
        boolean marked = TabbedMarks.join(zone).stream().anyMatch(l -> l.x0() - left < MARK_INDENT_EM * l.fontSize()
                && NoteMarkers.leading(l.text()).isPresent());
        return marked ? List.copyOf(zone) : List.of();
    }
}
