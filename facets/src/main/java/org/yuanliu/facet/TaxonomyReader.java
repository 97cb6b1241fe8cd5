package org.yuanliu.facet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one taxonomy YAML file. Validation is strict (unknown keys, missing labels, duplicate ids are
 * errors) because the files are edited by hand and a silently ignored typo ("alias:") would look like
 * a tagger bug.
 */
final class TaxonomyReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FILE_KEYS = Set.of("description", "entries", "blocking", "context", "combinations");
    private static final Set<String> CONTEXT_KEYS = Set.of("after", "separators");
    private static final Set<String> ENTRY_KEYS =
            Set.of("id", "zh", "en", "kind", "years", "aliases", "short", "terms", "threshold", "note");

    private TaxonomyReader() {
    }

    static Taxonomy read(String name, String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TaxonomyFormatException(file, "not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TaxonomyFormatException(file, "expected a mapping with an 'entries' list");
        }
        checkKeys(file, "the file", root, FILE_KEYS);
        JsonNode entriesNode = root.get("entries");
        if (entriesNode == null || !entriesNode.isArray() || entriesNode.isEmpty()) {
            throw new TaxonomyFormatException(file, "'entries' must be a non-empty list");
        }
        List<TaxonomyEntry> entries = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        int index = 0;
        for (JsonNode node : entriesNode) {
            index++;
            TaxonomyEntry entry = entry(file, index, node);
            if (!ids.add(entry.id())) {
                throw new TaxonomyFormatException(file, "entry #" + index + " (id " + entry.id() + "): duplicate id");
            }
            entries.add(entry);
        }
        requireByTaxonomy(name, file, entries);
        MatchRules rules = rules(file, root, ids);
        return new Taxonomy(name, entries, rules);
    }

    private static TaxonomyEntry entry(String file, int index, JsonNode node) {
        String where = "entry #" + index;
        if (!node.isObject()) {
            throw new TaxonomyFormatException(file, where + ": expected a mapping (id, zh, en, …)");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            // YAML 1.1 reads an unquoted NO (Norway) as false: say so rather than "missing id".
            throw new TaxonomyFormatException(file, where + ": 'id' must be a non-empty string"
                    + (idNode != null && !idNode.isTextual() ? " (quote it, e.g. id: \"NO\"; got " + idNode + ")" : ""));
        }
        String id = idNode.asText().trim();
        where = where + " (id " + id + ")";
        checkKeys(file, where, node, ENTRY_KEYS);
        String zh = requiredText(file, where, node, "zh");
        String en = requiredText(file, where, node, "en");
        String kind = node.hasNonNull("kind") ? node.get("kind").asText() : "";
        YearSpan years = null;
        if (node.hasNonNull("years")) {
            try {
                years = YearSpan.parse(node.get("years").asText());
            } catch (IllegalArgumentException e) {
                throw new TaxonomyFormatException(file, where + ": 'years': " + e.getMessage(), e);
            }
        }
        List<String> aliases = strings(file, where, node, "aliases");
        List<String> shortForms = strings(file, where, node, "short");
        Map<String, Double> terms = new LinkedHashMap<>();
        JsonNode termsNode = node.get("terms");
        if (termsNode != null) {
            if (!termsNode.isObject()) {
                throw new TaxonomyFormatException(file, where + ": 'terms' must map each term to its weight");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = termsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> term = it.next();
                if (!term.getValue().isNumber()) {
                    throw new TaxonomyFormatException(file, where + ": weight of term '" + term.getKey()
                            + "' must be a number, got " + term.getValue());
                }
                terms.put(term.getKey().trim(), term.getValue().asDouble());
            }
        }
        double threshold = 0;
        if (node.has("threshold")) {
            if (!node.get("threshold").isNumber()) {
                throw new TaxonomyFormatException(file, where + ": 'threshold' must be a number");
            }
            threshold = node.get("threshold").asDouble();
        }
        if (!terms.isEmpty() && threshold <= 0) {
            throw new TaxonomyFormatException(file, where + ": an entry with 'terms' needs a positive 'threshold'");
        }
        return new TaxonomyEntry(id, zh, en, kind, years, aliases, shortForms, terms, threshold);
    }

    /** What the tagger relies on: stages and plans have years, themes have terms. */
    private static void requireByTaxonomy(String name, String file, List<TaxonomyEntry> entries) {
        for (TaxonomyEntry entry : entries) {
            if ((name.equals("stage") || name.equals("plan")) && entry.years() == null) {
                throw new TaxonomyFormatException(file, "entry " + entry.id() + ": 'years' is missing");
            }
            if (name.equals("theme") && entry.terms().isEmpty()) {
                throw new TaxonomyFormatException(file, "entry " + entry.id() + ": 'terms' is missing");
            }
        }
    }

    private static MatchRules rules(String file, JsonNode root, Set<String> ids) {
        List<String> blocking = strings(file, "the file", root, "blocking");
        List<String> after = List.of();
        List<String> separators = List.of();
        JsonNode context = root.get("context");
        if (context != null) {
            if (!context.isObject()) {
                throw new TaxonomyFormatException(file, "'context' must be a mapping (after, separators)");
            }
            checkKeys(file, "'context'", context, CONTEXT_KEYS);
            after = strings(file, "'context'", context, "after");
            separators = strings(file, "'context'", context, "separators");
        }
        Map<String, List<String>> combinations = new LinkedHashMap<>();
        JsonNode combos = root.get("combinations");
        if (combos != null) {
            if (!combos.isObject()) {
                throw new TaxonomyFormatException(file, "'combinations' must map a compound to a list of ids");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = combos.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> combo = it.next();
                List<String> members = strings(file, "combination '" + combo.getKey() + "'", combos, combo.getKey());
                for (String member : members) {
                    if (!ids.contains(member)) {
                        throw new TaxonomyFormatException(file, "combination '" + combo.getKey()
                                + "': unknown id '" + member + "'");
                    }
                }
                combinations.put(combo.getKey(), members);
            }
        }
        return new MatchRules(blocking, after, separators, combinations);
    }

    private static void checkKeys(String file, String where, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new TaxonomyFormatException(file, where + ": unknown key '" + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private static String requiredText(String file, String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new TaxonomyFormatException(file, where + ": '" + key + "' is missing");
        }
        return value.asText().trim();
    }

    private static List<String> strings(String file, String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new TaxonomyFormatException(file, where + ": '" + key + "' must be a list");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw new TaxonomyFormatException(file, where + ": '" + key + "' holds an empty or nested item: " + item);
            }
            result.add(item.asText().trim());
        }
        return result;
    }
}
