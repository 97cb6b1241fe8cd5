package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.Typography;

/**
 * Separates the footnote zone from the body of a page. The zone is the run of lines at the foot of the page
 * set smaller than the body text, provided some line in it starts with a note mark.
 */
public final class FootnoteZone {

    /** The page without its footnote zone, and the zone's lines top to bottom. */
    public record Split(PageLines body, List<Line> noteLines) {
    }

    public Split split(PageLines page, Typography typography) {
        List<Line> byBaseline = new ArrayList<>(page.lines());
        byBaseline.sort(Comparator.comparingDouble(Line::baseline));
        int start = byBaseline.size();
        while (start > 0 && typography.isSmallerThanBody(byBaseline.get(start - 1))) {
            start--;
        }
        List<Line> zone = byBaseline.subList(start, byBaseline.size());
        if (zone.isEmpty() || start == 0) { // a page all in small type has no body for notes to sit under
            return new Split(page, List.of());
        }
        float left = (float) zone.stream().mapToDouble(Line::x0).min().orElse(0);
        boolean marked = zone.stream().anyMatch(l -> l.x0() - left < 1.5f * l.fontSize()
                && NoteMarkers.leading(l.text()).isPresent());
        if (!marked) {
            return new Split(page, List.of());
        }
        List<Line> notes = List.copyOf(zone);
        return new Split(page.without(notes::contains), notes);
    }
}
