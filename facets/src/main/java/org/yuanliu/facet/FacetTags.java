package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags of one passage.
 *
 * @param tags         per facet, the values with their evidence (every facet present, possibly empty)
 * @param yearMentions the expressions the discussed years come from
 * @param years        the years written in the passage, ascending
 * @param impliedYears the years it only implies (named periods and plans, the rest of open spans up to the
 *                     publication year), ascending, none of {@code years}
 */
public record FacetTags(Map<Facet, List<Tag>> tags, List<YearMention> yearMentions, List<Integer> years,
                        List<Integer> impliedYears) {

    public FacetTags {
        EnumMap<Facet, List<Tag>> copy = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            copy.put(facet, List.copyOf(tags.getOrDefault(facet, List.of())));
        }
        tags = java.util.Collections.unmodifiableMap(copy);
        yearMentions = List.copyOf(yearMentions);
        years = List.copyOf(years);
        impliedYears = List.copyOf(impliedYears);
    }

    /** Ids of the values of {@code facet}, in the order found. */
    public List<String> ids(Facet facet) {
        return tags.get(facet).stream().map(Tag::id).toList();
    }

    public Optional<Tag> tag(Facet facet, String id) {
        return tags.get(facet).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Why the passage carries {@code id}; empty when it does not. */
    public List<Evidence> evidence(Facet facet, String id) {
        return tag(facet, id).map(Tag::evidence).orElse(List.of());
    }

    /**
     * The evidence as the passages index stores it in {@code facet_evidence}: field → id → list of
     * {text, start, end, kind}.
     */
    public Map<String, Map<String, List<Map<String, Object>>>> evidenceDocument() {
        Map<String, Map<String, List<Map<String, Object>>>> result = new LinkedHashMap<>();
        tags.forEach((facet, list) -> {
            if (list.isEmpty()) {
                return;
            }
            Map<String, List<Map<String, Object>>> byId = new LinkedHashMap<>();
            for (Tag tag : list) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Evidence e : tag.evidence()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("text", e.text());
                    item.put("start", e.start());
                    item.put("end", e.end());
                    item.put("kind", e.kind().name());
                    items.add(item);
                }
                byId.put(tag.id(), items);
            }
            result.put(facet.field(), byId);
        });
        return result;
    }
}
