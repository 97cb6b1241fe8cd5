package org.yuanliu.portal.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Intervals;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * Turns a parsed {@link QueryText} into a query over one index's text fields.
 *
 * <p>A word matches through the IK-analysed fields, or as a character sequence in the {@code exact} fields
 * (so that a term missing from the IK dictionary is still found); it is searched in each of its
 * {@link QueryForms forms} (USSR → 苏联 …). A phrase matches only in the {@code exact} fields, analysed one token
 * per Han character, so that "独立自主不是闭关自守" does not find the same characters in another order.
 *
 * @param analyzed fields analysed with IK, optionally boosted ({@code title^2})
 * @param exact    fields analysed with {@code standard}
 */
public record TextFields(List<String> analyzed, List<String> exact) {

    public Query query(QueryText text, QueryForms forms) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> {
            for (List<QueryText.Term> group : text.groups()) {
                List<Query> any = group.stream().flatMap(term -> forms.forms(term).stream().map(form -> term(term, form)))
                        .toList();
                if (any.size() == 1) {
                    b.must(any.get(0));
                } else {
                    b.must(m -> m.bool(or -> or.should(any).minimumShouldMatch("1")));
                }
            }
            if (text.groups().isEmpty()) {
                b.must(m -> m.matchAll(all -> all));
            }
            text.excluded().forEach(term -> forms.forms(term).forEach(form -> b.mustNot(term(term, form))));
            return b;
        }));
    }

    /**
     * The query's words all within one sentence of {@code field} (indexed one sentence an array element, a wide
     * position gap apart, one token a character): each word as its characters in order, any word of an OR group,
     * the words in any order. Excluded words do not take part (the passage query excludes them).
     */
    public static Query withinOneSentence(QueryText text, QueryForms forms, String field) {
        List<Intervals> groups = text.groups().stream().map(group -> {
            List<Intervals> any = group.stream().flatMap(term -> forms.forms(term).stream())
                    .map(form -> Intervals.of(i -> i.match(m -> m.query(form).ordered(true).maxGaps(0)))).toList();
            return any.size() == 1 ? any.get(0) : Intervals.of(i -> i.anyOf(a -> a.intervals(any)));
        }).toList();
        if (groups.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        // less than the position gap between two sentences: the words never span a sentence boundary
        return Query.of(q -> q.intervals(iv -> iv.field(field).allOf(a -> a.intervals(groups).ordered(false)
                .maxGaps(SENTENCE_GAP - 1))));
    }

    /** The position_increment_gap of the sentences field in mappings/index/passages.json. */
    public static final int SENTENCE_GAP = 1000;

    private Query term(QueryText.Term term, String form) {
        Query exactly = exactPhrase(form);
        if (term.phrase()) {
            return exactly;
        }
        Query analysed = Query.of(q -> q.multiMatch(m -> m.query(form).fields(analyzed)
                .type(TextQueryType.BestFields).operator(Operator.And)));
        return Query.of(q -> q.bool(b -> b.should(analysed, exactly).minimumShouldMatch("1")));
    }

    private Query exactPhrase(String phrase) {
        if (exact.size() == 1) {
            return Query.of(q -> q.matchPhrase(p -> p.field(exact.get(0)).query(phrase)));
        }
        return Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(exact).type(TextQueryType.Phrase)));
    }
}
