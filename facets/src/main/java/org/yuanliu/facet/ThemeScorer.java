package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a passage against every theme: the weights of the distinct theme terms it contains are
 * summed, and each theme whose sum reaches its threshold is a tag. Counting a term once keeps a
 * repeated weak word from carrying a theme alone. All terms of all themes sit in one trie; where terms
 * overlap the longest is read (人才交流 rather than 人才).
 */
final class ThemeScorer {

    private record Term(String theme, String form, double weight) {
    }

    private final Trie<Term> trie = new Trie<>();
    private final Map<String, Double> thresholds = new LinkedHashMap<>();

    ThemeScorer(Taxonomy themes) {
        for (TaxonomyEntry entry : themes.entries()) {
            thresholds.put(entry.id(), entry.threshold());
            entry.terms().forEach((form, weight) -> trie.add(form, new Term(entry.id(), form, weight)));
        }
    }

    List<Tag> score(CompactText text) {
        List<Trie.Hit<Term>> hits = new ArrayList<>();
        for (Trie.Hit<Term> hit : trie.hits(text)) {
            if (Boundaries.accepts(text, hit.start(), hit.end(), hit.payloads().get(0).form())) {
                hits.add(hit);
            }
        }
        Map<String, Set<String>> termsByTheme = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Trie.Hit<Term> hit : OverlapResolver.select(hits, h -> 0)) {
            for (Term term : hit.payloads()) {
                if (termsByTheme.computeIfAbsent(term.theme(), t -> new LinkedHashSet<>()).add(term.form())) {
                    scores.merge(term.theme(), term.weight(), Double::sum);
                }
                evidence.computeIfAbsent(term.theme(), t -> new ArrayList<>())
                        .add(text.evidence(hit.start(), hit.end(), Evidence.Kind.TERM));
            }
        }
        List<Tag> tags = new ArrayList<>();
        scores.forEach((theme, score) -> {
            if (score >= thresholds.get(theme)) {
                tags.add(new Tag(theme, evidence.get(theme)));
            }
        });
        return tags;
    }
}
