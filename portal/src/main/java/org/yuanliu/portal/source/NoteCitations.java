package org.yuanliu.portal.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.Footnote;

import co.elastic.clients.elasticsearch._types.FieldValue;
import jakarta.inject.Singleton;

/**
 * Which works each note cites. Passages store their notes; the sources index records, for every work, the notes
 * (document and note id) that cite it. One query per page of results joins the two.
 */
@Singleton
public final class NoteCitations {
    private static final int MAX_SOURCES = 2000;
    private final Engine engine;
    private final Indices indices;

    public NoteCitations(Engine engine, Indices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    /** The notes of these documents → the ids of the works they cite, keyed by {@link #key}. */
    public Map<String, List<String>> of(Collection<String> documentIds) {
        List<FieldValue> ids = documentIds.stream().filter(Objects::nonNull).distinct().map(FieldValue::of).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = engine.call(client -> client.search(s -> s.index(indices.sources())
                .query(q -> q.nested(n -> n.path("citations")
                        .query(i -> i.terms(t -> t.field("citations.document_id").terms(v -> v.value(ids))))))
                .size(MAX_SOURCES).source(src -> src.filter(f -> f.includes("citations.document_id", "citations.note_id"))),
                Source.class));
        Map<String, List<String>> byNote = new LinkedHashMap<>();
        response.hits().hits().forEach(hit -> {
            List<Citation> citations = hit.source() == null || hit.source().citations() == null ? List.of()
                    : hit.source().citations();
            for (Citation c : citations) {
                List<String> sources = byNote.computeIfAbsent(key(c.documentId(), c.noteId()), k -> new ArrayList<>());
                if (!sources.contains(hit.id())) {
                    sources.add(hit.id());
                }
            }
        });
        return byNote;
    }

    /** The notes with the works they cite filled in. */
    public static List<Footnote> resolve(String documentId, List<Footnote> notes, Map<String, List<String>> byNote) {
        return notes.stream().map(n -> n.withSources(byNote.getOrDefault(key(documentId, n.id()), n.sources()))).toList();
    }

    public static String key(String documentId, String noteId) {
        return documentId + "|" + noteId;
    }
}
