package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.yuanliu.citation.source.NoteMarkers;
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
        int[] lastNumber = {0};
        zonesByPage.keySet().stream().sorted().forEach(page -> {
            List<Line> zone = zonesByPage.get(page);
            float markIndent = markIndent(zone);
            int onPage = 0;
            for (Line line : zone) {
                var leading = NoteMarkers.leading(line.text())
                        .filter(l -> Math.abs(indent(line, zone) - markIndent) < 0.5f * line.fontSize());
                OptionalInt number = leading.map(l -> number(l.markers())).orElse(OptionalInt.empty());
                // A number opens a note only in sequence: continuous, or restarting at 1 on a new page; a
                // continuation line that happens to start with digits (23年版) does not.
                if (leading.isPresent() && number.isPresent() && lastNumber[0] > 0
                        && !(number.getAsInt() > lastNumber[0] && number.getAsInt() <= lastNumber[0] + 2)
                        && !(onPage == 0 && number.getAsInt() == 1)) {
                    leading = java.util.Optional.empty();
                }
                if (leading.isPresent()) {
                    onPage++;
                    number.ifPresent(n -> lastNumber[0] = n);
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

    /** How far a line starts from the zone's left edge where it is (notes at the foot of two columns have two). */
    private static float indent(Line line, List<Line> zone) {
        float left = (float) zone.stream().filter(l -> l.overlapsHorizontally(line.x0(), line.x1()))
                .mapToDouble(Line::x0).min().orElse(line.x0());
        return line.x0() - left;
    }

    /**
     * Where the marks of this zone's notes stand: the most common indent of its mark-led lines near the edge.
     * Continuation lines hang under the text or start flush left, elsewhere.
     */
    private static float markIndent(List<Line> zone) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Line line : zone) {
            float indent = indent(line, zone);
            if (indent < FootnoteZone.MARK_INDENT_EM * line.fontSize() && NoteMarkers.leading(line.text()).isPresent()) {
                counts.merge(Math.round(indent), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(e -> (float) e.getKey()).orElse(0f);
    }

    /** The note's number when its mark is a plain number (1, 23), not a circled one or a symbol. */
    static OptionalInt number(List<String> markers) {
        return markers.size() == 1 && markers.get(0).matches("\\d{1,3}") ? OptionalInt.of(Integer.parseInt(markers.get(0)))
                : OptionalInt.empty();
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
