package org.yuanliu.portal.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * "More like this": Elasticsearch's more_like_this with one indexed record as the example, over IK-analysed fields.
 * A term counts from its first use (our records are short, and the corpus may be small), at most 25 of the example's
 * most distinctive terms are asked for, and a share of them must match; the example itself is left out.
 */
public final class MoreLikeThis {
    private static final int MAX_QUERY_TERMS = 25;

    private MoreLikeThis() {
    }

    public static Query like(String index, String id, String minimumShouldMatch, List<String> fields) {
        return Query.of(q -> q.moreLikeThis(m -> m.fields(fields)
                .like(l -> l.document(d -> d.index(index).id(id)))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(MAX_QUERY_TERMS).minimumShouldMatch(minimumShouldMatch)));
    }
}
