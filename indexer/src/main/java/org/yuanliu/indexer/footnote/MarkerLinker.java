package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;

/**
 * Resolves every marker to its note: circled numbers, symbols and plain numbers to the footnote on the same
 * page that lists the mark (marks restart on every page, so the page is part of the key); bracketed
 * numbers to reference-list entries ([3-6] to four of them); a mark with no footnote on its page to the
 * endnote (or reference) with that mark.
 */
public final class MarkerLinker {

    public List<Passage> link(List<Passage> passages, List<Note> notes) {
        List<Passage> linked = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            List<MarkerRef> markers = p.markers().stream().map(m -> resolve(m, notes)).toList();
            linked.add(new Passage(p.ordinal(), p.kind(), p.text(), p.rawText(), p.pageStart(), p.pageEnd(), p.section(),
                    markers, p.table()));
        }
        return linked;
    }

    MarkerRef resolve(MarkerRef marker, List<Note> notes) {
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
                // Endnotes: the note list at the end of the document, under 注释 / Notes.
                notes.stream().filter(note -> note.kind() == Note.Kind.REFERENCE && note.markers().contains(symbol))
                        .findFirst().ifPresent(note -> ids.add(note.id()));
            }
        }
        return new MarkerRef(symbol, marker.page(), marker.offset(), ids);
    }
}
