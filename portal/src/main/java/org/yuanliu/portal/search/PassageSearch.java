package org.yuanliu.portal.search;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import jakarta.inject.Singleton;

/** Full-text passage search with facets and a timeline. */
@Singleton
public final class PassageSearch {
    static final TextFields FIELDS = new TextFields(List.of("text"), List.of("text.exact"));
    private static final int SNIPPET_LENGTH = 160;

    private final Engine engine;
    private final Indices indices;

    public PassageSearch(Engine engine, Indices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    public PassageResults search(PassageQuery query) {
        SearchResponse<Passage> response = engine.call(client -> client.search(s -> s
                .index(indices.passages())
                .query(FIELDS.query(query.text()))
                .postFilter(query.selection().filter())
                .aggregations(Faceting.aggregations(query.selection(), query.timelineInterval()))
                .sort(sort(query.sort()))
                .from(query.paging().from())
                .size(query.paging().size())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("original_text", "table", "facet_evidence")))
                .highlight(h -> h.preTags(Snippets.PRE).postTags(Snippets.POST)
                        .fields("text", f -> f.type(HighlighterType.FastVector)
                                .matchedFields("text", "text.exact")
                                .fragmentSize(120).numberOfFragments(2)
                                .boundaryChars(".,!?;\t\n。，；！？、：")
                                .noMatchSize(0))), Passage.class));
        List<PassageHit> hits = response.hits().hits().stream().map(PassageSearch::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new PassageResults(query.text().raw(), total, query.paging().page(), query.paging().size(),
                query.paging().lastPage(total), query.sort(), hits,
                Faceting.facets(response.aggregations(), query.selection()), query.timelineInterval(),
                Faceting.timeline(response.aggregations(), query.selection(), query.timelineInterval()));
    }

    private static List<SortOptions> sort(String sort) {
        List<SortOptions> order = new ArrayList<>();
        switch (sort) {
            case "year" -> order.add(SortOptions.of(s -> s.field(f -> f.field(PassageQuery.YEAR_FIELD)
                    .order(SortOrder.Asc).mode(SortMode.Min).missing(FieldValue.of("_last")))));
            case "year_desc" -> order.add(SortOptions.of(s -> s.field(f -> f.field(PassageQuery.YEAR_FIELD)
                    .order(SortOrder.Desc).mode(SortMode.Max).missing(FieldValue.of("_last")))));
            default -> order.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        // stable order for equal keys: reading order within a document
        order.add(SortOptions.of(s -> s.field(f -> f.field("document_id").order(SortOrder.Asc))));
        order.add(SortOptions.of(s -> s.field(f -> f.field("ordinal").order(SortOrder.Asc))));
        return order;
    }

    private static PassageHit hit(Hit<Passage> hit) {
        Passage p = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text", List.of());
        return new PassageHit(hit.id(), p.documentId(), p.documentTitle(), p.publicationYear(), p.pageStart(),
                p.pageEnd(), p.printedPage(), p.section(), Snippets.html(fragments, p.text(), SNIPPET_LENGTH),
                p.notes(), list(p.sourceIds()), list(p.stage()), list(p.planNamed()), list(p.country()),
                list(p.theme()), list(p.years()));
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
