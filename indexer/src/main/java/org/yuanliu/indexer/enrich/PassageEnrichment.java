package org.yuanliu.indexer.enrich;

import java.util.List;
import java.util.Map;

/**
 * What the enrichment stages add to one passage: facet values with the text that justifies each, the years
 * it discusses, and the sources its notes cite.
 *
 * @param facets    facet name (stage, plan_named, plan_period, country, theme) → value ids
 * @param evidence  facet name → value id → the matched texts with offsets, so the portal can say why a
 *                  passage is tagged
 * @param years        years written in the passage
 * @param impliedYears years it only implies (named periods and plans, the rest of open spans)
 * @param sourceIds    keys of the cited works
 */
public record PassageEnrichment(Map<String, List<String>> facets, Map<String, ? extends Map<String, ?>> evidence,
                                List<Integer> years, List<Integer> impliedYears, List<String> sourceIds) {
    public static final PassageEnrichment NONE = new PassageEnrichment(Map.of(), Map.of(), List.of(), List.of(),
            List.of());

    public PassageEnrichment {
        facets = Map.copyOf(facets);
        evidence = Map.copyOf(evidence);
        years = List.copyOf(years);
        impliedYears = List.copyOf(impliedYears);
        sourceIds = List.copyOf(sourceIds);
    }

    /** The same facets and years, citing {@code keys}. */
    public PassageEnrichment withSourceIds(List<String> keys) {
        return new PassageEnrichment(facets, evidence, years, impliedYears, keys);
    }
}
