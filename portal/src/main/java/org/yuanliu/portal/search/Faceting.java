package org.yuanliu.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.util.NamedValue;

/**
 * Facet counts that stay meaningful under multi-select: hits are narrowed by a post filter, and each facet is
 * counted under a filter aggregation holding every other facet's selection. The timeline is counted under all
 * facets but without the era itself, so the other eras remain visible and clickable; empty eras between the
 * first and the last are kept so that the bars stand on a true time axis.
 */
public final class Faceting {
    private static final String VALUES = "values";
    private static final String LABEL = "label";
    private static final String TIMELINE = "timeline";
    private static final String BARS = "bars";
    private static final String IMPLIED_BARS = "implied_bars";

    private Faceting() {
    }

    public static Map<String, Aggregation> aggregations(FacetSelection selection, int timelineInterval) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (FacetField field : selection.fields()) {
            Aggregation terms = Aggregation.of(a -> {
                var builder = a.terms(t -> t.field(field.field()).size(field.size())
                        .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))));
                field.labelField().ifPresent(label -> builder.aggregations(LABEL, l -> l.terms(t -> t.field(label).size(1))));
                return builder;
            });
            aggregations.put(field.param(), Aggregation.of(a -> a.filter(selection.filterExcept(field, true))
                    .aggregations(VALUES, terms)));
        }
        if (timelineInterval > 0) {
            aggregations.put(TIMELINE, Aggregation.of(a -> {
                var filtered = a.filter(selection.filterExcept(null, false))
                        .aggregations(BARS, histogram(selection.yearField(), timelineInterval));
                selection.impliedYearField().ifPresent(implied ->
                        filtered.aggregations(IMPLIED_BARS, histogram(implied, timelineInterval)));
                return filtered;
            }));
        }
        return aggregations;
    }

    private static Aggregation histogram(String field, int interval) {
        return Aggregation.of(b -> b.histogram(h -> h.field(field).interval((double) interval).minDocCount(0)));
    }

    public static List<Facet> facets(Map<String, Aggregate> aggregations, FacetSelection selection) {
        List<Facet> facets = new ArrayList<>();
        for (FacetField field : selection.fields()) {
            Aggregate values = aggregations.get(field.param()).filter().aggregations().get(VALUES);
            Set<String> selected = new LinkedHashSet<>(selection.selected(field));
            List<FacetCount> counts = new ArrayList<>();
            if (values.isLterms()) {
                values.lterms().buckets().array().forEach(bucket -> {
                    // booleans (sourced) count as 1/0 and are selected as true/false
                    String key = bucket.keyAsString() != null ? bucket.keyAsString() : Long.toString(bucket.key());
                    counts.add(new FacetCount(key, null, bucket.docCount(), selected.remove(key)));
                });
            } else {
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    String key = bucket.key().stringValue();
                    String label = null;
                    Aggregate labels = bucket.aggregations().get(LABEL);
                    if (labels != null && !labels.sterms().buckets().array().isEmpty()) {
                        label = labels.sterms().buckets().array().get(0).key().stringValue();
                    }
                    counts.add(new FacetCount(key, label, bucket.docCount(), selected.remove(key)));
                }
            }
            // a ticked value with no hits under the other filters must stay visible, so that it can be unticked
            selected.forEach(missing -> counts.add(new FacetCount(missing, null, 0, true)));
            facets.add(new Facet(field.param(), counts));
        }
        return facets;
    }

    private static void count(Aggregate histogram, Map<Integer, long[]> counts, int layer) {
        if (histogram == null) {
            return;
        }
        for (HistogramBucket bucket : histogram.histogram().buckets().array()) {
            counts.computeIfAbsent((int) bucket.key(), k -> new long[2])[layer] = bucket.docCount();
        }
    }

    public static List<YearBucket> timeline(Map<String, Aggregate> aggregations, FacetSelection selection,
                                            int interval) {
        Aggregate timeline = aggregations.get(TIMELINE);
        if (timeline == null) {
            return List.of();
        }
        java.util.TreeMap<Integer, long[]> counts = new java.util.TreeMap<>();
        Map<String, Aggregate> layers = timeline.filter().aggregations();
        count(layers.get(BARS), counts, 0);
        count(layers.get(IMPLIED_BARS), counts, 1);
        List<YearBucket> bars = new ArrayList<>();
        if (counts.isEmpty()) {
            return bars;
        }
        // the two layers can start and end apart: one axis from the first bar to the last, gaps kept
        for (int from = counts.firstKey(); from <= counts.lastKey(); from += interval) {
            long[] n = counts.getOrDefault(from, new long[2]);
            int to = from + interval - 1;
            boolean selected = selection.years().isSet() && selection.years().contains(from)
                    && selection.years().contains(to);
            bars.add(new YearBucket(from, to, n[0], n[1], selected));
        }
        return bars;
    }
}
