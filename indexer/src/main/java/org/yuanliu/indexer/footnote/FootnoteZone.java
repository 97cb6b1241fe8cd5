package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yuanliu.indexer.layout.ColumnLayout;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.Typography;

/**
 * Separates the footnote zone from the body of a page. The zone is the run of lines at the foot of the page
 * set smaller than the body text, provided some line in it starts with a note mark; on a two-column page without
 * such a run across the page, the foot of each column is looked at on its own.
 */
public final class FootnoteZone {

    /** The page without its footnote zone, and the zone's lines top to bottom. */
    public record Split(PageLines body, List<Line> noteLines) {
    }

    public Split split(PageLines page, Typography typography) {
        List<Line> notes = zone(page.lines(), typography);
        if (notes.isEmpty()) {
            // Two-column pages may set footnotes at the foot of each column, above the other column's text.
            float gutter = ColumnLayout.findGutter(page);
            if (!Float.isNaN(gutter)) {
                List<Line> zones = new ArrayList<>(zone(page.lines().stream().filter(l -> l.x1() < gutter).toList(), typography));
                zones.addAll(zone(page.lines().stream().filter(l -> l.x0() > gutter).toList(), typography));
                notes = zones;
            }
        }
        if (notes.isEmpty()) {
            return new Split(page, List.of());
        }
        List<Line> zoneLines = List.copyOf(notes);
        return new Split(page.without(zoneLines::contains), zoneLines);
    }

    /** The run of small-type lines at the foot of these lines, if one of them starts with a note mark. */
    private static List<Line> zone(List<Line> lines, Typography typography) {
        List<Line> byBaseline = new ArrayList<>(lines);
        byBaseline.sort(Comparator.comparingDouble(Line::baseline));
        int start = byBaseline.size();
        while (start > 0 && typography.isSmallerThanBody(byBaseline.get(start - 1))) {
            start--;
        }
        List<Line> zone = byBaseline.subList(start, byBaseline.size());
        if (zone.isEmpty() || start == 0) { // lines all in small type have no body for notes to sit under
            return List.of();
        }
        float left = (float) zone.stream().mapToDouble(Line::x0).min().orElse(0);
        boolean marked = zone.stream().anyMatch(l -> l.x0() - left < 1.5f * l.fontSize()
                && NoteMarkers.leading(l.text()).isPresent());
        return marked ? List.copyOf(zone) : List.of();
    }
}
