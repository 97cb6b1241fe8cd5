package org.yuanliu.portal.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yuanliu.portal.document.DocumentLibrary;
import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.FacetSelection;
import org.yuanliu.portal.search.Faceting;
import org.yuanliu.portal.search.HitsAndCounts;
import org.yuanliu.portal.search.Paging;
import org.yuanliu.portal.search.Passage;
import org.yuanliu.portal.search.QueryForms;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.TextFields;
import org.yuanliu.portal.web.NotFoundException;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import jakarta.inject.Singleton;

/** The works cited by the indexed documents: a ranked list, and for one work every passage that cites it. */
@Singleton
public final class SourceCatalog {
    public static final List<String> SORTS = List.of("citations", "year", "title", "relevance");
    private static final TextFields FIELDS = new TextFields(List.of("title^2", "raw"), List.of("title.exact"));

    private final Engine engine;
    private final Indices indices;
    private final DocumentLibrary documents;
    private final QueryForms forms;

    public SourceCatalog(Engine engine, Indices indices, DocumentLibrary documents, QueryForms forms) {
        this.engine = engine;
        this.indices = indices;
        this.documents = documents;
        this.forms = forms;
    }

    public SourceList list(QueryText text, FacetSelection selection, String sort, Paging paging) {
        HitsAndCounts.Result<Source> response = HitsAndCounts.search(engine, indices.sources(), FIELDS.query(text, forms),
                selection.filter(), Faceting.aggregations(selection, 0), page -> page
                        .sort(sort(sort)).from(paging.from()).size(paging.size()).trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.excludes("citations"))), Source.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<SourceSummary> sources = response.hits().hits().stream()
                .map(hit -> SourceSummary.of(hit.id(), hit.source())).toList();
        return new SourceList(text.raw(), total, paging.page(), paging.size(), paging.lastPage(total), sort, sources,
                Faceting.facets(response.aggregations(), selection));
    }

    /** The work as stored, or 404. */
    public Source record(String id) {
        GetResponse<Source> found = engine.call(client -> client.get(g -> g.index(indices.sources()).id(id), Source.class));
        if (!found.found() || found.source() == null) {
            throw new NotFoundException("No source with id '" + id + "'.");
        }
        return found.source();
    }

    /** Citing passages shown per page of a source. */
    public static final int CITATIONS_PER_PAGE = 50;

    /** A source and one page of the passages citing it (a page past the last gives the last). */
    public SourceDetail detail(String id, int page) {
        Source source = record(id);
        List<Citation> all = source.citations() == null ? List.of() : source.citations();
        int lastPage = Math.max(1, (all.size() + CITATIONS_PER_PAGE - 1) / CITATIONS_PER_PAGE);
        int shown = Math.min(Math.max(1, page), lastPage);
        List<Citation> citations = all.subList((shown - 1) * CITATIONS_PER_PAGE,
                Math.min(all.size(), shown * CITATIONS_PER_PAGE));
        Map<String, String> titles = documents.titles(citations.stream().map(Citation::documentId).toList());
        Map<String, String> texts = passageTexts(citations.stream().map(Citation::passageId).filter(Objects::nonNull)
                .distinct().toList());
        List<CitingPassage> citedBy = new ArrayList<>();
        for (Citation c : citations) {
            citedBy.add(new CitingPassage(c.documentId(), titles.get(c.documentId()), c.passageId(), c.page(),
                    c.marker(), c.citedPages() == null ? List.of() : c.citedPages(), texts.get(c.passageId())));
        }
        return new SourceDetail(id, SourceSummary.of(id, source), citedBy, all.size(), shown, lastPage);
    }

    /** Short titles of sources, for the links under a passage or a note. */
    public Map<String, String> titles(java.util.Collection<String> ids) {
        List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        var response = engine.call(client -> client.mget(m -> m.index(indices.sources()).ids(distinct)
                .sourceIncludes("title", "raw"), Source.class));
        Map<String, String> titles = new LinkedHashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                Source s = doc.result().source();
                titles.put(doc.result().id(), s.title() != null ? s.title() : s.raw());
            }
        });
        return titles;
    }

    private Map<String, String> passageTexts(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = engine.call(client -> client.mget(m -> m.index(indices.passages()).ids(ids)
                .sourceIncludes("text"), Passage.class));
        Map<String, String> texts = new LinkedHashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                texts.put(doc.result().id(), doc.result().source().text());
            }
        });
        return texts;
    }

    private static List<SortOptions> sort(String sort) {
        SortOptions byTitle = SortOptions.of(o -> o.field(f -> f.field("title.keyword").order(SortOrder.Asc)));
        return switch (sort) {
            case "year" -> List.of(SortOptions.of(o -> o.field(f -> f.field("year").order(SortOrder.Asc)
                    .missing(FieldValue.of("_last")))), byTitle);
            case "title" -> List.of(byTitle);
            case "relevance" -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), byTitle);
            default -> List.of(SortOptions.of(o -> o.field(f -> f.field("citation_count").order(SortOrder.Desc)
                    .missing(FieldValue.of("_last")))), byTitle);
        };
    }
}
