package org.yuanliu.indexer.document;

import java.util.Optional;

/**
 * A note marker in a passage: its symbol as printed (①, *, 3, [3-6]), the page it is on, its offset in the
 * passage's normalised text, and the note it resolves to (one id per note; a range like [3-6] has several).
 */
public record MarkerRef(String symbol, int page, int offset, java.util.List<String> noteIds) {
    public MarkerRef {
        noteIds = java.util.List.copyOf(noteIds);
    }

    public Optional<String> firstNoteId() {
        return noteIds.stream().findFirst();
    }
}
