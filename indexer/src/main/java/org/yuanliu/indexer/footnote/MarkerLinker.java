package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;

/**
 * Resolves every marker to its note: circled numbers, symbols and plain numbers to the footnote on the same
 * page that lists the mark (marks restart on every page, so the page is part of the key); bracketed
 * numbers to reference-list entries ([3-6] to four of them); a mark with no footnote on its page to the
 * footnote with that mark opening the next page, else to the endnote (or reference) with that mark.
 */
public final class MarkerLinker {
    /** How many pages after its mark a footnote may be set when the mark's page had no room left. */
    private static final int NOTE_PAGES_LATER = 1;

    public List<Passage> link(List<Passage> passages, List<Note> notes) {
        Set<String> marksByPage = new HashSet<>();
        passages.forEach(p -> p.markers().forEach(m -> marksByPage.add(m.page() + ":" + m.symbol())));
        List<Passage> linked = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            List<MarkerRef> markers = p.markers().stream().map(m -> resolve(m, notes, marksByPage)).toList();
            linked.add(new Passage(p.ordinal(), p.kind(), p.text(), p.rawText(), p.pageStart(), p.pageEnd(), p.section(),
                    markers, p.table()));
        }
        return linked;
    }

    MarkerRef resolve(MarkerRef marker, List<Note> notes, Set<String> marksByPage) {
        String symbol = marker.symbol();
        List<Integer> bracketed = NoteMarkers.bracketNumbers(symbol);
        List<String> ids = new ArrayList<>();
        if (!bracketed.isEmpty()) {
            for (int n : bracketed) {
                notes.stream().filter(note -> note.kind() == Note.Kind.REFERENCE && note.markers().contains(String.valueOf(n)))
                        .findFirst().ifPresent(note -> ids.add(note.id()));
            }
        } else {
            notes.stream().filter(note -> note.kind() == Note.Kind.FOOTNOTE && note.page() == marker.page()
                    && note.markers().contains(symbol)).findFirst().ifPresent(note -> ids.add(note.id()));
            if (ids.isEmpty()) {
                // A mark near the foot of a page (or column) whose note did not fit there: the note opens the
                // next page's zone, and that page has no mark of its own with the same symbol.
                notes.stream().filter(note -> note.kind() == Note.Kind.FOOTNOTE && note.page() > marker.page()
                                && note.page() <= marker.page() + NOTE_PAGES_LATER && note.markers().contains(symbol)
                                && !marksByPage.contains(note.page() + ":" + symbol))
                        .findFirst().ifPresent(note -> ids.add(note.id()));
            }
            if (ids.isEmpty()) {
                // Endnotes: the note list at the end of the document, under 注释 / Notes.
                notes.stream().filter(note -> note.kind() == Note.Kind.REFERENCE && note.markers().contains(symbol))
                        .findFirst().ifPresent(note -> ids.add(note.id()));
            }
        }
        return new MarkerRef(symbol, marker.page(), marker.offset(), ids);
    }
}
