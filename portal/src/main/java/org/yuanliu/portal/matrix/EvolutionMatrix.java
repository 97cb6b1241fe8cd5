package org.yuanliu.portal.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.search.FacetLabels;
import org.yuanliu.portal.search.FacetSelection;
import org.yuanliu.portal.search.QueryForms;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.TextFields;
import org.yuanliu.portal.web.PageLink;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.inject.Singleton;

/**
 * Crosses two facets of the passages (theme × plan, theme × stage, country × stage) and counts the passages in
 * each cell, under the same query box and filters as the passage search. Rows and columns follow the taxonomy
 * files' order (chronological for plans and stages); values no passage carries are left out.
 */
@Singleton
public final class EvolutionMatrix {
    private static final TextFields FIELDS = new TextFields(List.of("text"), List.of("text.exact"));
    private static final int MAX_VALUES = 100;

    private final Engine engine;
    private final Indices indices;
    private final QueryForms forms;
    private final FacetLabels labels;

    public EvolutionMatrix(Engine engine, Indices indices, QueryForms forms, FacetLabels labels) {
        this.engine = engine;
        this.indices = indices;
        this.forms = forms;
        this.labels = labels;
    }

    /** @param search the passage search the cells link to, with the current query and filters */
    public Matrix cross(MatrixView view, QueryText text, FacetSelection selection, String lang, PageLink search) {
        SearchResponse<Void> response = engine.call(client -> client.search(s -> s.index(indices.passages())
                .query(q -> q.bool(b -> b.must(FIELDS.query(text, forms)).filter(selection.filter())))
                .size(0).trackTotalHits(t -> t.enabled(true))
                .aggregations("rows", a -> a.terms(t -> t.field(view.rows()).size(MAX_VALUES))
                        .aggregations("columns", c -> c.terms(t -> t.field(view.columns()).size(MAX_VALUES))))
                .aggregations("columns", a -> a.terms(t -> t.field(view.columns()).size(MAX_VALUES))), Void.class));
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> rowTotals = new HashMap<>();
        for (StringTermsBucket row : response.aggregations().get("rows").sterms().buckets().array()) {
            String r = row.key().stringValue();
            rowTotals.put(r, row.docCount());
            Map<String, Long> byColumn = new HashMap<>();
            row.aggregations().get("columns").sterms().buckets().array()
                    .forEach(c -> byColumn.put(c.key().stringValue(), c.docCount()));
            counts.put(r, byColumn);
        }
        Map<String, Long> columnTotals = new LinkedHashMap<>();
        response.aggregations().get("columns").sterms().buckets().array()
                .forEach(c -> columnTotals.put(c.key().stringValue(), c.docCount()));
        // a row whose passages carry no column value (a theme in no named plan) would be a line of empty cells
        rowTotals.keySet().removeIf(r -> counts.getOrDefault(r, Map.of()).isEmpty());
        List<MatrixAxis> rows = axis(view.rows(), rowTotals, lang);
        List<MatrixAxis> columns = axis(view.columns(), columnTotals, lang);
        long max = counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        List<List<MatrixCell>> cells = new ArrayList<>();
        for (MatrixAxis row : rows) {
            List<MatrixCell> line = new ArrayList<>();
            for (MatrixAxis column : columns) {
                long n = counts.getOrDefault(row.value(), Map.of()).getOrDefault(column.value(), 0L);
                line.add(new MatrixCell(row.value(), column.value(), n, level(n, max),
                        search.filter(view.rows(), row.value()).filter(view.columns(), column.value()).href()));
            }
            cells.add(line);
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Matrix(view.id(), view.rows(), view.columns(), total, rows, columns, cells);
    }

    private List<MatrixAxis> axis(String facet, Map<String, Long> totals, String lang) {
        return totals.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingInt(e -> labels.order(facet, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new MatrixAxis(e.getKey(), labels.label(facet, e.getKey(), lang), e.getValue())).toList();
    }

    /** 0 for an empty cell, else 1–5 in proportion to the busiest cell. */
    static int level(long count, long max) {
        if (count == 0 || max == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.ceil(5.0 * count / max));
    }
}
