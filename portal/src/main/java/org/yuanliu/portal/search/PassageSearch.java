package org.yuanliu.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import jakarta.inject.Singleton;

/** Full-text passage search with facets and a timeline. */
@Singleton
public final class PassageSearch {
    /** A passage is also found by the notes it carries: 邓小平文选 finds the passages whose footnotes cite it. */
    static final TextFields FIELDS = new TextFields(List.of("text", "footnotes.text^0.5"), List.of("text.exact"));
    private static final int SNIPPET_LENGTH = 160;

    private final Engine engine;
    private final Indices indices;
    private final QueryForms forms;
    private final FacetLabels labels;

    public PassageSearch(Engine engine, Indices indices, QueryForms forms, FacetLabels labels) {
        this.engine = engine;
        this.indices = indices;
        this.forms = forms;
        this.labels = labels;
    }

    public PassageResults search(PassageQuery query) {
        HitsAndCounts.Result<Passage> response = HitsAndCounts.search(engine, indices.passages(), query(query),
                query.selection().filter(), Faceting.aggregations(query.selection(), query.timelineInterval()),
                page -> page
                        .sort(sort(query.sort()))
                        .from(query.paging().from())
                        .size(query.paging().size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.excludes("original_text", "table")))
                        .highlight(h -> h.preTags(Snippets.PRE).postTags(Snippets.POST)
                                // offsets in the postings: the unified highlighter needs no term vectors
                                .fields("text", f -> f.type(HighlighterType.Unified)
                                        .matchedFields("text", "text.exact")
                                        .fragmentSize(120).numberOfFragments(2)
                                        .boundaryScanner(BoundaryScanner.Sentence).boundaryScannerLocale("zh-CN")
                                        .noMatchSize(0))), Passage.class);
        // a note's works are stored with it at index time: no second request per page
        List<PassageHit> hits = response.hits().hits().stream().map(h -> hit(h, query.lang())).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new PassageResults(query.text().raw(), total, query.paging().page(), query.paging().size(),
                query.paging().lastPage(total), query.sort(), hits,
                labels.label(Faceting.facets(response.aggregations(), query.selection()), query.lang()),
                query.timelineInterval(),
                Faceting.timeline(response.aggregations(), query.selection(), query.timelineInterval()));
    }

    /**
     * The words anywhere in the passage, or (sentence search) also all within one of its sentences; with {@code like},
     * the passages sharing the named one's distinctive words (Elasticsearch's more_like_this on the analysed text),
     * the words, if any, narrowing them.
     */
    private Query query(PassageQuery query) {
        if (query.like().isPresent()) {
            Query similar = MoreLikeThis.like(indices.passages(), query.like().get(), "30%", List.of("text"));
            if (query.text().groups().isEmpty()) {
                return similar;
            }
            Query words = words(query);
            return Query.of(q -> q.bool(b -> b.must(similar).filter(words)));
        }
        return words(query);
    }

    private Query words(PassageQuery query) {
        Query words = FIELDS.query(query.text(), forms);
        if (!query.withinSentence() || query.text().groups().isEmpty()) {
            return words;
        }
        Query sentence = TextFields.withinOneSentence(query.text(), forms, "sentences");
        return Query.of(q -> q.bool(b -> b.must(words).filter(sentence)));
    }

    /** The fields a passage export needs. */
    private static final List<String> EXPORT_FIELDS = List.of("document_id", "document_title", "publication_year",
            "page_start", "printed_page", "section", "text", "stage", "plan_named", "country", "theme");

    /**
     * Every passage the query finds (its facet selection a filter here), in the query's order, a page at a time, up
     * to {@code limit}: for exports, which must not hold a whole result in memory.
     */
    public HitPages<Passage> export(PassageQuery query, long limit) {
        Query found = Query.of(q -> q.bool(b -> b.must(query(query))
                .filter(query.selection().filter())));
        return HitPages.open(engine, indices.passages(), found, sort(query.sort()), EXPORT_FIELDS, Passage.class, 500,
                limit);
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

    private PassageHit hit(Hit<Passage> hit, String lang) {
        Passage p = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text", List.of());
        return new PassageHit(hit.id(), p.documentId(), p.documentTitle(), p.publicationYear(), p.pageStart(),
                p.pageEnd(), p.printedPage(), p.section(), Snippets.html(fragments, p.text(), SNIPPET_LENGTH), p.text(),
                p.notes(), list(p.sourceIds()), list(p.stage()), list(p.stageAlso()),
                list(p.planNamed()), list(p.country()), list(p.theme()), list(p.years()), list(p.yearsImplied()),
                p.tags(labels, lang));
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
