package org.yuanliu.portal.search;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.yuanliu.portal.engine.Engine;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;

/**
 * A page of hits and its facet counts in one round trip ({@code _msearch}): the hits under every selection, the
 * counts apart as a {@code size: 0} search, which the shards' request cache keeps until the index next refreshes.
 * Counts depend only on the words and the selection, not on the page or the sort, so paging through results,
 * re-sorting and popular searches reuse them instead of aggregating every matching record again.
 */
public final class HitsAndCounts {

    /** The hits, and the aggregations of the counts search. */
    public record Result<T>(HitsMetadata<T> hits, Map<String, Aggregate> aggregations) {
    }

    private HitsAndCounts() {
    }

    /**
     * @param query        the words (scored)
     * @param selection    every facet filter, for the hits (the counts leave facets out one by one themselves)
     * @param aggregations the facet counts and the timeline
     * @param page         sort, paging, highlighting and fields of the hits
     */
    public static <T> Result<T> search(Engine engine, String index, Query query, Query selection,
                                       Map<String, Aggregation> aggregations, UnaryOperator<MultisearchBody.Builder> page,
                                       Class<T> type) {
        Query hits = Query.of(q -> q.bool(b -> b.must(query).filter(selection)));
        return engine.call(client -> {
            MsearchResponse<T> response = client.msearch(m -> m
                    .searches(s -> s.header(h -> h.index(index)).body(b -> page.apply(b.query(hits))))
                    .searches(s -> s.header(h -> h.index(index).requestCache(true))
                            .body(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(false))
                                    .aggregations(aggregations))), type);
            return new Result<>(result(response.responses().get(0)).hits(),
                    result(response.responses().get(1)).aggregations());
        });
    }

    /** A search of the batch, or the error it failed with (thrown as a failed single search would be). */
    private static <T> MultiSearchItem<T> result(MultiSearchResponseItem<T> item) {
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result();
    }
}
