package org.yuanliu.portal.quotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.document.DocumentLibrary;
import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.Facet;
import org.yuanliu.portal.search.FacetCount;
import org.yuanliu.portal.search.Faceting;
import org.yuanliu.portal.search.Snippets;
import org.yuanliu.portal.search.TextFields;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;

/** Searches what was said, by whom and when, with the same query syntax and facets as passages. */
@Singleton
public final class QuotationSearch {
    private static final TextFields FIELDS = new TextFields(List.of("text"), List.of("text.exact"));

    private final Engine engine;
    private final Indices indices;
    private final DocumentLibrary documents;

    public QuotationSearch(Engine engine, Indices indices, DocumentLibrary documents) {
        this.engine = engine;
        this.indices = indices;
        this.documents = documents;
    }

    public QuotationResults search(QuotationQuery query) {
        SearchResponse<Quotation> response = engine.call(client -> client.search(s -> s.index(indices.quotations())
                .query(FIELDS.query(query.text()))
                .postFilter(query.selection().filter())
                .aggregations(Faceting.aggregations(query.selection(), query.timelineInterval()))
                .sort(sort(query.sort()))
                .from(query.paging().from()).size(query.paging().size())
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.preTags(Snippets.PRE).postTags(Snippets.POST)
                        .fields("text", f -> f.numberOfFragments(0))
                        .fields("text.exact", f -> f.numberOfFragments(0))), Quotation.class));
        List<Hit<Quotation>> found = response.hits().hits();
        Map<String, String> titles = documents.titles(found.stream().map(h -> h.source().documentId()).toList());
        List<QuotationHit> hits = found.stream().map(hit -> hit(hit, titles)).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new QuotationResults(query.text().raw(), total, query.paging().page(), query.paging().size(),
                query.paging().lastPage(total), query.sort(), hits,
                labelDocuments(Faceting.facets(response.aggregations(), query.selection())),
                query.timelineInterval(),
                Faceting.timeline(response.aggregations(), query.selection(), query.timelineInterval()));
    }

    /** The quotations index stores no titles: label the document facet from the documents index. */
    private List<Facet> labelDocuments(List<Facet> facets) {
        List<Facet> labelled = new ArrayList<>();
        for (Facet facet : facets) {
            if (!facet.name().equals("document")) {
                labelled.add(facet);
                continue;
            }
            Map<String, String> titles = documents.titles(facet.values().stream().map(FacetCount::value).toList());
            labelled.add(new Facet(facet.name(), facet.values().stream().map(v -> new FacetCount(v.value(),
                    titles.getOrDefault(v.value(), v.value()), v.count(), v.selected())).toList()));
        }
        return labelled;
    }

    private static QuotationHit hit(Hit<Quotation> hit, Map<String, String> titles) {
        Quotation q = hit.source();
        // whole-text highlight: prefer the exact field (phrases), else the analysed one
        List<String> fragments = hit.highlight().getOrDefault("text.exact", hit.highlight().get("text"));
        return new QuotationHit(hit.id(), Snippets.html(fragments, q.text(), 400),
                q.speaker() == null ? List.of() : q.speaker(), q.date(), q.year(), q.documentId(),
                titles.get(q.documentId()), q.passageId(), q.page(), q.footnoteMarker(),
                q.sourceIds() == null ? List.of() : q.sourceIds(), Boolean.TRUE.equals(q.sourced()));
    }

    private static List<SortOptions> sort(String sort) {
        return switch (sort) {
            case "year" -> List.of(SortOptions.of(o -> o.field(f -> f.field("year").order(SortOrder.Asc)
                    .missing(FieldValue.of("_last")))));
            case "year_desc" -> List.of(SortOptions.of(o -> o.field(f -> f.field("year").order(SortOrder.Desc)
                    .missing(FieldValue.of("_last")))));
            default -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
                    SortOptions.of(o -> o.field(f -> f.field("year").order(SortOrder.Asc).missing(FieldValue.of("_last")))));
        };
    }
}
