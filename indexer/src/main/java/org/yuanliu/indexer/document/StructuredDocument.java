package org.yuanliu.indexer.document;

import java.util.List;
import java.util.Optional;

/** The structure recovered from one file; the model every later stage enriches and the writer stores. */
public record StructuredDocument(SourceFile file, DocumentMetadata metadata, List<PageInfo> pages,
                                 List<Heading> headings, List<Passage> passages, List<Note> notes) {
    public StructuredDocument {
        pages = List.copyOf(pages);
        headings = List.copyOf(headings);
        passages = List.copyOf(passages);
        notes = List.copyOf(notes);
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public StructuredDocument withPassages(List<Passage> newPassages) {
        return new StructuredDocument(file, metadata, pages, headings, newPassages, notes);
    }
}
