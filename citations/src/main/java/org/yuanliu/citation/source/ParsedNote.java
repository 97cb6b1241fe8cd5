package org.yuanliu.citation.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A footnote or reference entry read into its parts.
 *
 * @param raw         the note exactly as given
 * @param markers     the note's own marks in printed order: ④⑤⑥ → [4, 5, 6]; [3] → [3]; empty when unmarked
 * @param explanation the explanatory text when the note explains a term (its citation, if any, removed), else null
 * @param works       the works cited, in printed order
 */
public record ParsedNote(String raw, List<Integer> markers, String explanation, List<CitedWork> works) {

    public ParsedNote {
        Objects.requireNonNull(raw, "raw");
        markers = List.copyOf(markers);
        works = List.copyOf(works);
    }

    public boolean cites() {
        return !works.isEmpty();
    }

    /**
     * The cited page for the {@code i}-th (0-based) of {@code markerCount} markers served by this one combined note.
     * Journals print {@code ④⑤⑥ 《邓小平文选》…第 87、91、91 页}: the pages pair with the marks in order. One page
     * serves every marker; several works pair with the markers one each.
     */
    public Optional<String> pagesForMarker(int i, int markerCount) {
        if (i < 0 || i >= markerCount || works.isEmpty()) {
            return Optional.empty();
        }
        if (works.size() == markerCount && markerCount > 1) {
            return Optional.of(works.get(i).pages()).filter(p -> !p.isEmpty()).map(p -> String.join("、", p));
        }
        List<String> pages = works.get(0).pages();
        if (pages.size() == markerCount) {
            return Optional.of(pages.get(i));
        }
        if (pages.size() == 1) {
            return Optional.of(pages.get(0));
        }
        return pages.isEmpty() ? Optional.empty() : Optional.of(String.join("、", pages));
    }

    /** The cited page for the marker numbered {@code mark} (④ → 4), using this note's own list of marks. */
    public Optional<String> pagesForMark(int mark) {
        int i = markers.indexOf(mark);
        return i < 0 ? Optional.empty() : pagesForMarker(i, markers.size());
    }

    /** The work a given marker refers to: its own work when the note pairs works with marks, else the first. */
    public Optional<CitedWork> workForMarker(int i, int markerCount) {
        if (works.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(works.size() == markerCount && i >= 0 && i < markerCount ? works.get(i) : works.get(0));
    }
}
