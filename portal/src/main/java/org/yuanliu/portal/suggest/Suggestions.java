package org.yuanliu.portal.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * Suggestions while typing: speakers, cited works, issuers and document titles whose name starts with or contains
 * what was typed (二十大 → 党的二十大报告), most frequent first, in one round trip ({@code _msearch}) over keyword
 * fields — the minimal distribution has no {@code search_as_you_type}.
 */
@Singleton
public final class Suggestions {
    /** Values per kind. */
    static final int SIZE = 8;

    /** One suggested value and how many records hold it. */
    @Serdeable
    public record Suggestion(String value, long count) {
    }

    /** Suggestions by kind ({@code speakers}, {@code sources}, {@code issuers}, {@code titles}). */
    @Serdeable
    public record Suggested(String q, Map<String, List<Suggestion>> suggestions) {
    }

    private record Target(String kind, String index, String field) {
    }

    private final Engine engine;
    private final Indices indices;

    public Suggestions(Engine engine, Indices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    public Suggested suggest(String typed) {
        String q = typed.strip();
        List<Target> targets = List.of(new Target("speakers", indices.quotations(), "speaker"),
                new Target("sources", indices.sources(), "title.keyword"),
                new Target("issuers", indices.passages(), "issuers"),
                new Target("titles", indices.documents(), "title.keyword"));
        Map<String, List<Suggestion>> out = new LinkedHashMap<>();
        if (q.isEmpty()) {
            targets.forEach(t -> out.put(t.kind(), List.of()));
            return new Suggested(q, out);
        }
        List<RequestItem> searches = targets.stream().map(t -> RequestItem.of(r -> r
                .header(h -> h.index(t.index()))
                .body(b -> b.size(0).query(matching(t.field(), q))
                        .aggregations("values", a -> a.terms(x -> x.field(t.field()).size(SIZE)))))).toList();
        MsearchResponse<Void> response = engine.call(client -> client.msearch(m -> m.searches(searches), Void.class));
        for (int i = 0; i < targets.size(); i++) {
            List<Suggestion> values = new ArrayList<>();
            var item = response.responses().get(i);
            if (item.isResult()) {
                for (StringTermsBucket bucket : item.result().aggregations().get("values").sterms().buckets().array()) {
                    values.add(new Suggestion(bucket.key().stringValue(), bucket.docCount()));
                }
            }
            out.put(targets.get(i).kind(), values);
        }
        return new Suggested(q, out);
    }

    /** Starts with what was typed, or contains it (the keyword sets are small: one entry per name). */
    private static Query matching(String field, String q) {
        String escaped = q.replaceAll("([*?\\\\])", "\\\\$1");
        return Query.of(x -> x.bool(b -> b.should(s -> s.prefix(p -> p.field(field).value(q).boost(2f)))
                .should(s -> s.wildcard(w -> w.field(field).value("*" + escaped + "*")))
                .minimumShouldMatch("1")));
    }
}
