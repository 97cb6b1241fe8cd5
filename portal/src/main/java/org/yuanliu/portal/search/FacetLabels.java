package org.yuanliu.portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yuanliu.facet.Facet;
import org.yuanliu.facet.Taxonomies;

import jakarta.inject.Singleton;

/**
 * Labels of facet values in the visitor's language. The index stores taxonomy ids (SU, fyp13, 1949-1977,
 * belt-and-road); the labels come from the taxonomies, so a librarian who renames a value renames it everywhere.
 */
@Singleton
public final class FacetLabels {
    /** URL parameter (and index field) → the taxonomy facet whose ids it holds. */
    private static final Map<String, Facet> TAXONOMY_FACETS = Map.of(
            "stage", Facet.STAGE, "stage_also", Facet.STAGE_ALSO, "plan_named", Facet.PLAN_NAMED, "plan_period", Facet.PLAN_PERIOD,
            "country", Facet.COUNTRY, "theme", Facet.THEME);

    private final Taxonomies taxonomies;

    public FacetLabels(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    public static Optional<Facet> taxonomyFacet(String param) {
        return Optional.ofNullable(TAXONOMY_FACETS.get(param));
    }

    /** The label of one value; values of facets without a taxonomy are their own label. */
    public String label(String param, String value, String lang) {
        return taxonomyFacet(param).map(f -> taxonomies.label(f, value, locale(lang))).orElse(value);
    }

    /** The facets with taxonomy labels filled in (labels already set, e.g. document titles, are kept). */
    public List<org.yuanliu.portal.search.Facet> label(List<org.yuanliu.portal.search.Facet> facets, String lang) {
        return facets.stream().map(f -> taxonomyFacet(f.name()).isEmpty() ? f
                : new org.yuanliu.portal.search.Facet(f.name(), f.values().stream().map(v -> new FacetCount(v.value(),
                        label(f.name(), v.value(), lang), v.count(), v.selected())).toList())).toList();
    }

    /** Position of a value in its taxonomy file (the order a librarian gave: chronological for stages and plans). */
    public int order(String param, String value) {
        return taxonomyFacet(param).flatMap(f -> taxonomies.of(f).position(value)).orElse(Integer.MAX_VALUE);
    }

    public static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
