package org.yuanliu.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.RequestParameters;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;

/**
 * The values a visitor ticked in each facet, and the timeline era. Values of one facet are ORed, facets are
 * ANDed; {@link #filterExcept} leaves one facet out so that its own counts show what ticking another value adds.
 *
 * @param yearField        the field the era filters on ({@code years} written in a passage, a quotation's {@code year})
 * @param impliedYearField when the visitor also wants the years a record only implies, the field holding them: the
 *                         era then matches a year in either field
 */
public record FacetSelection(List<FacetField> fields, Map<FacetField, List<String>> selected, YearRange years,
                             String yearField, Optional<String> impliedYearField) {

    public static FacetSelection from(RequestParameters parameters, List<FacetField> fields, String yearField) {
        return from(parameters, fields, yearField, Optional.empty());
    }

    public static FacetSelection from(RequestParameters parameters, List<FacetField> fields, String yearField,
                                      Optional<String> impliedYearField) {
        Map<FacetField, List<String>> selected = new LinkedHashMap<>();
        for (FacetField field : fields) {
            List<String> values = parameters.all(field.param()).stream().distinct().toList();
            if (field.numeric()) {
                values.forEach(v -> requireNumber(field, v));
            }
            if (values.size() > 50) {
                throw new BadRequestException("Too many values for '" + field.param() + "' (at most 50).");
            }
            if (!values.isEmpty()) {
                selected.put(field, values);
            }
        }
        return new FacetSelection(fields, selected, YearRange.from(parameters), yearField, impliedYearField);
    }

    public List<String> selected(FacetField field) {
        return selected.getOrDefault(field, List.of());
    }

    public boolean isEmpty() {
        return selected.isEmpty() && !years.isSet();
    }

    /** Every selection: the post filter for the hits. */
    public Query filter() {
        return filterExcept(null, true);
    }

    /** Every selection but one facet's (and, for the timeline, without the era). */
    public Query filterExcept(FacetField left, boolean withYears) {
        List<Query> filters = new ArrayList<>();
        selected.forEach((field, values) -> {
            if (!field.equals(left)) {
                List<FieldValue> terms = values.stream().map(v -> field.numeric() ? FieldValue.of(Long.parseLong(v))
                        : FieldValue.of(v)).toList();
                filters.add(Query.of(q -> q.terms(t -> t.field(field.field()).terms(v -> v.value(terms)))));
            }
        });
        if (withYears && years.isSet()) {
            List<Query> eras = new ArrayList<>();
            eras.add(era(yearField));
            impliedYearField.ifPresent(implied -> eras.add(era(implied)));
            filters.add(eras.size() == 1 ? eras.get(0) : Query.of(q -> q.bool(b -> b.should(eras).minimumShouldMatch("1"))));
        }
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private Query era(String field) {
        return Query.of(q -> q.range(r -> r.untyped(u -> {
            u.field(field);
            years.from().ifPresent(f -> u.gte(JsonData.of(f)));
            years.to().ifPresent(t -> u.lte(JsonData.of(t)));
            return u;
        })));
    }

    public Optional<FacetField> field(String param) {
        return fields.stream().filter(f -> f.param().equals(param)).findFirst();
    }

    private static void requireNumber(FacetField field, String value) {
        try {
            Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("Values of '" + field.param() + "' must be numbers, not '" + value + "'.");
        }
    }
}
