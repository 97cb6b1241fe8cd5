package org.yuanliu.facet;

import java.util.List;
import java.util.Map;

/**
 * One value of a taxonomy as a librarian wrote it.
 *
 * @param id         stable id stored in the index (ISO code, "fyp13", "1978-1985", "aid")
 * @param zh         Chinese label
 * @param en         English label
 * @param kind       free classification within the file (country / historical / grouping, five-year /
 *                   science, stage / period, …)
 * @param years      span of years, or null when the value has none
 * @param aliases    surface forms that name the value wherever they occur
 * @param shortForms abbreviations too ambiguous to trust alone (美, 苏, 十五); accepted only in context
 * @param terms      theme terms and their weights (theme taxonomy only, else empty)
 * @param threshold  score a passage needs to carry the theme (theme taxonomy only)
 */
public record TaxonomyEntry(String id, String zh, String en, String kind, YearSpan years,
                            List<String> aliases, List<String> shortForms,
                            Map<String, Double> terms, double threshold) {

    public TaxonomyEntry {
        aliases = List.copyOf(aliases);
        shortForms = List.copyOf(shortForms);
        terms = Map.copyOf(terms);
    }

    /** Label in Chinese or English; falls back to the other one when missing. */
    public String label(boolean chinese) {
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
