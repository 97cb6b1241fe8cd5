package org.yuanliu.indexer.document;

import java.util.List;

/**
 * A footnote (printed at the foot of its page) or a reference-list entry. One combined note may serve several
 * markers on its page ({@code ④⑤⑥ 《邓小平文选》…}); {@code markers} lists them in printed order.
 *
 * @param id      stable within the document: {@code fn-p3-2} (second note on page 3) or {@code ref-7}
 * @param page    the page the note starts on (a note continued on the next page is joined)
 * @param markers the marks printed before the note text
 * @param text    the note's text, normalised like passage text
 */
public record Note(String id, Kind kind, int page, List<String> markers, String text) {
    public enum Kind { FOOTNOTE, REFERENCE }

    public Note {
        markers = List.copyOf(markers);
    }

    public Note withText(String newText) {
        return new Note(id, kind, page, markers, newText);
    }
}
