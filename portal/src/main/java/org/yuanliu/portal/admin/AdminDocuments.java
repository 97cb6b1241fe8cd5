package org.yuanliu.portal.admin;

import java.util.List;
import java.util.Map;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;

import co.elastic.clients.elasticsearch._types.SortOrder;
import jakarta.inject.Singleton;

/** The indexed documents, newest first, for the admin's list (with the delete buttons). */
@Singleton
public class AdminDocuments {
    static final int LIMIT = 1000;
    private final Engine engine;
    private final Indices indices;

    public AdminDocuments(Engine engine, Indices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<IndexedDocument> list() {
        return engine.call(client -> client.search(s -> s.index(indices.documents()).size(LIMIT)
                            .source(src -> src.filter(f -> f.includes("title", "file_name", "page_count", "indexed_at", "locations")))
                            .sort(o -> o.field(f -> f.field("indexed_at").order(SortOrder.Desc))), Map.class))
                    .hits().hits().stream().map(hit -> {
                        Map<String, Object> source = hit.source() == null ? Map.of() : (Map<String, Object>) hit.source();
                        Object pages = source.get("page_count");
                        return new IndexedDocument(hit.id(), (String) source.get("title"), (String) source.get("file_name"),
                                pages instanceof Number n ? n.intValue() : 0,
                                source.get("indexed_at") == null ? null : source.get("indexed_at").toString(),
                                source.get("locations") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                                        : List.of());
                    }).toList();
    }
}
