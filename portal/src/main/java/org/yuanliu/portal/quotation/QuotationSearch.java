package org.yuanliu.portal.quotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.yuanliu.portal.document.DocumentLibrary;
import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.Facet;
import org.yuanliu.portal.search.FacetCount;
import org.yuanliu.portal.search.FacetLabels;
import org.yuanliu.portal.search.HitPages;
import org.yuanliu.portal.search.Faceting;
import org.yuanliu.portal.search.HitsAndCounts;
import org.yuanliu.portal.search.Passage;
import org.yuanliu.portal.search.QueryForms;
import org.yuanliu.portal.search.Snippets;
import org.yuanliu.portal.search.TextFields;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;

/**
 * Searches what was said, by whom and when, with the same query syntax and facets as passages. Hits are collapsed
 * on {@code group_key}, so the same words quoted in several documents are one result listing every place.
 */
@Singleton
public final class QuotationSearch {
    /** The words, and the speaker's name: 邓小平 or 二十大报告 finds what they said. */
    private static final TextFields FIELDS = new TextFields(List.of("text", "speaker.text"),
            List.of("text.exact", "speaker.exact"));
    private static final String GROUPS = "groups";
    private static final int MAX_OCCURRENCES = 500;
    private static final List<String> EXPORT_FIELDS = List.of("text", "speaker", "speaker_kind", "date", "year", "document_id",
            "document_title", "passage_id", "page", "printed_page", "footnote_marker", "source_ids", "sourced");

    private final Engine engine;
    private final Indices indices;
    private final DocumentLibrary documents;
    private final QueryForms forms;
    private final FacetLabels labels;

    public QuotationSearch(Engine engine, Indices indices, DocumentLibrary documents, QueryForms forms,
                           FacetLabels labels) {
        this.engine = engine;
        this.indices = indices;
        this.documents = documents;
        this.forms = forms;
        this.labels = labels;
    }

    public QuotationResults search(QuotationQuery query) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>(Faceting.aggregations(query.selection(),
                query.timelineInterval()));
        aggregations.put(GROUPS, Aggregation.of(a -> a.filter(query.selection().filter())
                .aggregations("distinct", d -> d.cardinality(c -> c.field("group_key")))));
        HitsAndCounts.Result<Quotation> response = HitsAndCounts.search(engine, indices.quotations(),
                FIELDS.query(query.text(), forms), query.selection().filter(), aggregations, page -> page
                        .collapse(c -> c.field("group_key"))
                        .sort(sort(query.sort()))
                        .from(query.paging().from()).size(query.paging().size())
                        .trackTotalHits(t -> t.enabled(true))
                        .highlight(h -> h.preTags(Snippets.PRE).postTags(Snippets.POST)
                                .fields("text", f -> f.numberOfFragments(0))
                                .fields("text.exact", f -> f.numberOfFragments(0))), Quotation.class);
        List<Hit<Quotation>> found = response.hits().hits();
        Map<String, List<Hit<Quotation>>> places = occurrences(found.stream().map(h -> h.source().groupKey())
                .filter(Objects::nonNull).distinct().toList());
        List<Hit<Quotation>> all = new ArrayList<>(found);
        places.values().forEach(all::addAll);
        Map<String, String> titles = titles(all);
        Map<String, String> printed = printedPages(all);
        List<QuotationGroup> groups = found.stream().map(hit -> group(hit,
                places.getOrDefault(hit.source().groupKey(), List.of(hit)), titles, printed)).toList();
        long total = response.hits().total() == null ? groups.size() : response.hits().total().value();
        long distinct = response.aggregations().get(GROUPS).filter().aggregations().get("distinct").cardinality().value();
        return new QuotationResults(query.text().raw(), total, distinct, query.paging().page(), query.paging().size(),
                query.paging().lastPage(distinct), query.sort(), groups,
                labels.label(labelDocuments(Faceting.facets(response.aggregations(), query.selection())), query.lang()),
                query.timelineInterval(),
                Faceting.timeline(response.aggregations(), query.selection(), query.timelineInterval()));
    }

    /**
     * Every quotation the query finds (each occurrence, not grouped), in the query's order, a page at a time, up to
     * {@code limit}: for exports. {@link #hits} completes a page with titles and printed pages.
     */
    public HitPages<Quotation> export(QuotationQuery query, long limit) {
        Query found = Query.of(q -> q.bool(b -> b.must(FIELDS.query(query.text(), forms))
                .filter(query.selection().filter())));
        return HitPages.open(engine, indices.quotations(), found, sort(query.sort()), EXPORT_FIELDS, Quotation.class,
                500, limit);
    }

    /** A page of quotations with their documents' titles and their passages' printed pages. */
    public List<QuotationHit> hits(List<Hit<Quotation>> page) {
        Map<String, String> titles = titles(page);
        Map<String, String> printed = printedPages(page);
        return page.stream().map(h -> hit(h, titles, printed)).toList();
    }

    private Map<String, String> titles(List<Hit<Quotation>> hits) {
        return stored(hits, Quotation::documentId, Quotation::documentTitle, documents::titles);
    }

    private Map<String, String> printedPages(List<Hit<Quotation>> hits) {
        return stored(hits, Quotation::passageId, Quotation::printedPage, this::lookUpPrintedPages);
    }

    /**
     * A value each record stores by key (its document's title, its page's printed number); for records indexed before
     * records stored them (no title), looked up by {@code lookUp}.
     */
    private static Map<String, String> stored(List<Hit<Quotation>> hits, Function<Quotation, String> key,
                                              Function<Quotation, String> value,
                                              Function<List<String>, Map<String, String>> lookUp) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> older = new ArrayList<>();
        for (Hit<Quotation> h : hits) {
            Quotation q = h.source();
            String k = key.apply(q);
            if (k == null) {
                continue;
            }
            if (q.documentTitle() == null) {
                older.add(k);
            } else if (value.apply(q) != null) {
                found.put(k, value.apply(q));
            }
        }
        if (!older.isEmpty()) {
            found.putAll(lookUp.apply(older.stream().distinct().toList()));
        }
        return found;
    }

    /** One quotation as stored, or 404. */
    public Quotation quotation(String id) {
        var found = engine.call(client -> client.get(g -> g.index(indices.quotations()).id(id), Quotation.class));
        if (!found.found() || found.source() == null) {
            throw new org.yuanliu.portal.web.NotFoundException("No quotation with id '" + id + "'.");
        }
        return found.source();
    }

    /** Every quotation of these groups, in document and page order. */
    private Map<String, List<Hit<Quotation>>> occurrences(List<String> groupKeys) {
        if (groupKeys.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> keys = groupKeys.stream().map(FieldValue::of).toList();
        var response = engine.call(client -> client.search(s -> s.index(indices.quotations())
                .query(q -> q.terms(t -> t.field("group_key").terms(v -> v.value(keys))))
                .sort(SortOptions.of(o -> o.field(f -> f.field("document_id").order(SortOrder.Asc))),
                        SortOptions.of(o -> o.field(f -> f.field("page").order(SortOrder.Asc))))
                .size(MAX_OCCURRENCES), Quotation.class));
        Map<String, List<Hit<Quotation>>> byGroup = new LinkedHashMap<>();
        response.hits().hits().forEach(h -> byGroup.computeIfAbsent(h.source().groupKey(), k -> new ArrayList<>()).add(h));
        return byGroup;
    }

    private Map<String, String> lookUpPrintedPages(List<String> passageIds) {
        List<String> ids = passageIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var response = engine.call(client -> client.mget(m -> m.index(indices.passages()).ids(ids)
                .sourceIncludes("printed_page"), Passage.class));
        Map<String, String> printed = new LinkedHashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null
                    && doc.result().source().printedPage() != null) {
                printed.put(doc.result().id(), doc.result().source().printedPage());
            }
        });
        return printed;
    }

    /** Document facet values are labelled by the titles the records store; older records' from the documents index. */
    private List<Facet> labelDocuments(List<Facet> facets) {
        List<Facet> labelled = new ArrayList<>();
        for (Facet facet : facets) {
            List<String> unlabelled = facet.values().stream().filter(v -> v.label() == null).map(FacetCount::value).toList();
            if (!facet.name().equals("document") || unlabelled.isEmpty()) {
                labelled.add(facet);
                continue;
            }
            Map<String, String> titles = documents.titles(unlabelled);
            labelled.add(new Facet(facet.name(), facet.values().stream().map(v -> v.label() != null ? v
                    : new FacetCount(v.value(), titles.getOrDefault(v.value(), v.value()), v.count(), v.selected())).toList()));
        }
        return labelled;
    }

    private static QuotationGroup group(Hit<Quotation> best, List<Hit<Quotation>> places, Map<String, String> titles,
                                        Map<String, String> printed) {
        Quotation q = best.source();
        // whole-text highlight: prefer the exact field (phrases), else the analysed one
        List<String> fragments = best.highlight().getOrDefault("text.exact", best.highlight().get("text"));
        List<QuotationHit> hits = places.stream().map(h -> hit(h, titles, printed)).toList();
        List<String> speakers = hits.stream().flatMap(h -> h.speaker().stream()).distinct().toList();
        return new QuotationGroup(best.id(), q.groupKey(), Snippets.html(fragments, q.text(), 400), speakers, hits);
    }

    static QuotationHit hit(Hit<Quotation> hit, Map<String, String> titles, Map<String, String> printed) {
        Quotation q = hit.source();
        return new QuotationHit(hit.id(), q.text(), q.speaker() == null ? List.of() : q.speaker(), q.speakerKind(), q.date(), q.year(),
                q.documentId(), titles.get(q.documentId()), q.passageId(), q.page(), printed.get(q.passageId()),
                q.footnoteMarker(), q.sourceIds() == null ? List.of() : q.sourceIds(), Boolean.TRUE.equals(q.sourced()));
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
