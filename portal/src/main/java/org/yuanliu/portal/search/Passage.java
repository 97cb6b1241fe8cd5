package org.yuanliu.portal.search;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A passage as stored in the passages index (read with snake_case names; see mappings/index/passages.json). */
@Serdeable
public record Passage(@Nullable String documentId, @Nullable String documentTitle, @Nullable Integer publicationYear,
                      @Nullable String kind, @Nullable Integer ordinal, @Nullable Integer pageStart,
                      @Nullable Integer pageEnd, @Nullable String printedPage, @Nullable String section,
                      @Nullable Integer headingLevel, @Nullable String text, @Nullable List<Footnote> footnotes,
                      @Nullable List<String> sourceIds, @Nullable List<String> stage, @Nullable List<String> stageAlso,
                      @Nullable List<String> planNamed,
                      @Nullable List<String> planPeriod, @Nullable List<String> country, @Nullable List<String> theme,
                      @Nullable List<Integer> years, @Nullable List<Integer> yearsImplied, @Nullable List<Marker> markers,
                      @Nullable Map<String, Map<String, List<Evidence>>> facetEvidence,
                      @Nullable String article) {

    /**
     * The facets shown on a passage, in this order: the eras it is about, then those it only touches, each with its
     * evidence; the plan period is implied by the years and not shown.
     */
    public static final List<String> TAGGED = List.of("stage", "stage_also", "plan_named", "country", "theme");

    public List<Footnote> notes() {
        return footnotes == null ? List.of() : footnotes;
    }

    public boolean isHeading() {
        return "heading".equals(kind) || headingLevel != null && headingLevel > 0;
    }

    public List<String> values(String facet) {
        List<String> values = switch (facet) {
            case "stage" -> stage;
            case "stage_also" -> stageAlso;
            case "plan_named" -> planNamed;
            case "plan_period" -> planPeriod;
            case "country" -> country;
            case "theme" -> theme;
            default -> null;
        };
        return values == null ? List.of() : values;
    }

    /** Every shown facet value with its label and evidence. */
    public List<FacetTag> tags(FacetLabels labels, String lang) {
        Map<String, Map<String, List<Evidence>>> evidence = facetEvidence == null ? Map.of() : facetEvidence;
        return TAGGED.stream().flatMap(facet -> values(facet).stream().map(value -> new FacetTag(facet, value,
                labels.label(facet, value, lang),
                evidence.getOrDefault(facet, Map.of()).getOrDefault(value, List.of())))).toList();
    }
}
