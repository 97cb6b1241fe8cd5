package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.text.TextBuilder;

/**
 * Splits each page's footnote zone into notes: a note starts at a line that begins with marks at the zone's
 * left edge; other lines continue it. Lines at the top of a zone before any mark continue the last note of
 * the previous page.
 */
public final class NoteAssembler {

    public List<Note> footnotes(Map<Integer, List<Line>> zonesByPage) {
        List<Draft> drafts = new ArrayList<>();
        zonesByPage.keySet().stream().sorted().forEach(page -> {
            List<Line> zone = zonesByPage.get(page);
            int onPage = 0;
            for (Line line : zone) {
                // The zone's left edge where this line is: notes at the foot of two columns have two edges.
                float left = (float) zone.stream().filter(l -> l.overlapsHorizontally(line.x0(), line.x1()))
                        .mapToDouble(Line::x0).min().orElse(line.x0());
                var leading = line.x0() - left < 1.5f * line.fontSize() ? NoteMarkers.leading(line.text()) : java.util.Optional.<NoteMarkers.Leading>empty();
                if (leading.isPresent()) {
                    onPage++;
                    drafts.add(new Draft("fn-p" + page + "-" + onPage, page, leading.get().markers(), new TextBuilder()
                            .append(leading.get().rest(), false)));
                } else if (!drafts.isEmpty()) {
                    drafts.get(drafts.size() - 1).text().lineBreak().append(line.text(), false);
                }
            }
        });
        return drafts.stream().map(d -> new Note(d.id(), Note.Kind.FOOTNOTE, d.page(), d.markers(), d.text().toString()))
                .toList();
    }

    /** Reference-list entries from the lines after a 参考文献 / References heading. */
    public List<Note> references(List<Line> lines) {
        List<Draft> drafts = new ArrayList<>();
        for (Line line : lines) {
            var leading = NoteMarkers.leading(line.text());
            if (leading.isPresent() && !leading.get().markers().isEmpty()) {
                String number = leading.get().markers().get(0);
                drafts.add(new Draft("ref-" + number, line.page(), List.of(number),
                        new TextBuilder().append(leading.get().rest(), false)));
            } else if (!drafts.isEmpty()) {
                drafts.get(drafts.size() - 1).text().lineBreak().append(line.text(), false);
            }
        }
        return drafts.stream().map(d -> new Note(d.id(), Note.Kind.REFERENCE, d.page(), d.markers(), d.text().toString()))
                .toList();
    }

    private record Draft(String id, int page, List<String> markers, TextBuilder text) {
    }
}
