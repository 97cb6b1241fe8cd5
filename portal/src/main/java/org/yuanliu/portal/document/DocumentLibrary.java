package org.yuanliu.portal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.FacetLabels;
import org.yuanliu.portal.search.Footnote;
import org.yuanliu.portal.search.MoreLikeThis;
import org.yuanliu.portal.search.Paging;
import org.yuanliu.portal.search.Passage;
import org.yuanliu.portal.search.QueryForms;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.TextFields;
import org.yuanliu.portal.web.NotFoundException;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;

/** Lists documents and assembles one document's text from its passages. */
@Singleton
public final class DocumentLibrary {
    public static final List<String> SORTS = List.of("year", "title", "relevance");
    /** The passages index allows 10 000 hits per request; a document longer than that is shown truncated. */
    private static final int MAX_PASSAGES = 10_000;
    private static final TextFields FIELDS = new TextFields(List.of("title^3", "abstract", "headings.text"),
            List.of("title.exact"));

    private final Engine engine;
    private final Indices indices;
    private final QueryForms forms;
    private final FacetLabels labels;

    public DocumentLibrary(Engine engine, Indices indices, QueryForms forms, FacetLabels labels) {
        this.engine = engine;
        this.indices = indices;
        this.forms = forms;
        this.labels = labels;
    }

    public DocumentList list(QueryText text, String sort, Paging paging) {
        SearchResponse<Document> response = engine.call(client -> client.search(s -> s.index(indices.documents())
                .query(FIELDS.query(text, forms)).sort(sort(sort)).from(paging.from()).size(paging.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("headings"))), Document.class));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<DocumentSummary> documents = response.hits().hits().stream()
                .map(hit -> DocumentSummary.of(hit.id(), hit.source())).toList();
        return new DocumentList(text.raw(), total, paging.page(), paging.size(), paging.lastPage(total), sort, documents);
    }

    /** A document's metadata, or 404. */
    public Document document(String id) {
        GetResponse<Document> found = engine.call(client -> client.get(g -> g.index(indices.documents()).id(id)
                .sourceExcludes("notes", "headings"), Document.class));
        if (!found.found() || found.source() == null) {
            throw new NotFoundException("No document with id '" + id + "'.");
        }
        return found.source();
    }

    /** A passage as stored, or 404. */
    public Passage passage(String id) {
        GetResponse<Passage> found = engine.call(client -> client.get(g -> g.index(indices.passages()).id(id)
                .sourceExcludes("original_text", "table"), Passage.class));
        if (!found.found() || found.source() == null) {
            throw new NotFoundException("No passage with id '" + id + "'.");
        }
        return found.source();
    }

    public DocumentDetail detail(String id, String lang) {
        GetResponse<Document> found = engine.call(client -> client.get(g -> g.index(indices.documents()).id(id),
                Document.class));
        if (!found.found() || found.source() == null) {
            throw new NotFoundException("No document with id '" + id + "'.");
        }
        SearchResponse<Passage> passages = engine.call(client -> client.search(s -> s.index(indices.passages())
                .query(q -> q.term(t -> t.field("document_id").value(id)))
                .sort(SortOptions.of(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc))))
                .size(MAX_PASSAGES)
                .source(src -> src.filter(f -> f.excludes("original_text", "table"))), Passage.class));
        Document document = found.source();
        List<Heading> contents = document.headings() == null ? List.of() : document.headings();
        return new DocumentDetail(id, document, contents, pages(passages.hits().hits(), lang), similar(id));
    }

    /** How many documents "like this one" a document shows. */
    private static final int SIMILAR = 5;

    /**
     * The documents most like one: Elasticsearch's more_like_this over the words of its title, abstract and headings
     * (IK-analysed), the document itself left out.
     */
    public List<DocumentSummary> similar(String id) {
        SearchResponse<Document> response = engine.call(client -> client.search(s -> s.index(indices.documents())
                .query(MoreLikeThis.like(indices.documents(), id, "20%", List.of("title", "abstract", "headings.text")))
                .size(SIMILAR)
                .source(src -> src.filter(f -> f.excludes("headings", "notes"))), Document.class));
        return response.hits().hits().stream().map(hit -> DocumentSummary.of(hit.id(), hit.source())).toList();
    }

    /** Titles of the given documents, for lists that only store a document id. */
    public Map<String, String> titles(Collection<String> ids) {
        List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        var response = engine.call(client -> client.mget(m -> m.index(indices.documents()).ids(distinct)
                .sourceIncludes("title"), Document.class));
        Map<String, String> titles = new LinkedHashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                titles.put(doc.result().id(), doc.result().source().title());
            }
        });
        return titles;
    }

    private List<DocumentPage> pages(List<Hit<Passage>> hits, String lang) {
        Map<Integer, List<Hit<Passage>>> byPage = new LinkedHashMap<>();
        for (Hit<Passage> hit : hits) {
            int page = hit.source().pageStart() == null ? 0 : hit.source().pageStart();
            byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(hit);
        }
        List<DocumentPage> pages = new ArrayList<>();
        byPage.forEach((page, onPage) -> {
            List<DocumentPassage> passages = new ArrayList<>();
            Map<String, Footnote> notes = new LinkedHashMap<>();
            String printed = null;
            for (Hit<Passage> hit : onPage) {
                Passage p = hit.source();
                printed = printed == null ? p.printedPage() : printed;
                List<Footnote> resolved = p.notes();
                passages.add(new DocumentPassage(hit.id(), p.ordinal(), p.kind(), p.headingLevel(), p.section(),
                        p.text(), p.printedPage(), resolved, p.markers() == null ? List.of() : p.markers(),
                        p.tags(labels, lang)));
                // a combined note serves several markers: list each printed note once per page
                resolved.forEach(note -> notes.putIfAbsent(note.page() + "|" + note.marker() + "|" + note.text(), note));
            }
            pages.add(new DocumentPage(page, printed, passages, List.copyOf(notes.values())));
        });
        return pages;
    }

    private static List<SortOptions> sort(String sort) {
        return switch (sort) {
            case "title" -> List.of(SortOptions.of(o -> o.field(f -> f.field("title.keyword").order(SortOrder.Asc))));
            case "relevance" -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
            default -> List.of(SortOptions.of(o -> o.field(f -> f.field("publication_year").order(SortOrder.Desc)
                            .missing(co.elastic.clients.elasticsearch._types.FieldValue.of("_last")))),
                    SortOptions.of(o -> o.field(f -> f.field("title.keyword").order(SortOrder.Asc))));
        };
    }
}
