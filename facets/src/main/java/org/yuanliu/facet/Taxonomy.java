package org.yuanliu.facet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one taxonomy file (stage, plan, country, theme) and its matching rules. Values are found by id
 * through an index built once: the portal labels every facet value and tag of every response by id.
 */
public final class Taxonomy {
    private final String name;
    private final List<TaxonomyEntry> entries;
    private final MatchRules rules;
    private final Map<String, Integer> positions = new HashMap<>();

    public Taxonomy(String name, List<TaxonomyEntry> entries, MatchRules rules) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.rules = rules;
        for (int i = 0; i < this.entries.size(); i++) {
            positions.putIfAbsent(this.entries.get(i).id(), i);
        }
    }

    public String name() {
        return name;
    }

    /** The values in the file's order (chronological for stages and plans). */
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    public MatchRules rules() {
        return rules;
    }

    public Optional<TaxonomyEntry> entry(String id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(entries.get(position));
    }

    /** Where a value stands in the file, or empty when the taxonomy has no such id. */
    public Optional<Integer> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    public List<TaxonomyEntry> entriesOfKind(String kind) {
        return entries.stream().filter(e -> kind.equals(e.kind())).toList();
    }
}
