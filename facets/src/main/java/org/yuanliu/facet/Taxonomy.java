package org.yuanliu.facet;

import java.util.List;
import java.util.Optional;

/** The values of one taxonomy file (stage, plan, country, theme) and its matching rules. */
public record Taxonomy(String name, List<TaxonomyEntry> entries, MatchRules rules) {

    public Taxonomy {
        entries = List.copyOf(entries);
    }

    public Optional<TaxonomyEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<TaxonomyEntry> entriesOfKind(String kind) {
        return entries.stream().filter(e -> kind.equals(e.kind())).toList();
    }
}
