package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the names of the stage, plan and country taxonomies in a passage: one trie of every name,
 * abbreviation and blocking compound, one pass, overlaps resolved longest first, then each
 * abbreviation kept only where its context confirms it ({@link ShortFormContext}).
 */
final class EntityMatcher {

    static final List<String> TAXONOMIES = List.of("stage", "plan", "country");

    private final Trie<SurfaceForm> trie = new Trie<>();
    private final Map<String, ShortFormContext> contexts = new HashMap<>();

    EntityMatcher(Taxonomies taxonomies) {
        for (String name : TAXONOMIES) {
            Taxonomy taxonomy = taxonomies.taxonomy(name);
            contexts.put(name, new ShortFormContext(name, taxonomy.rules()));
            for (TaxonomyEntry entry : taxonomy.entries()) {
                List<String> id = List.of(entry.id());
                add(name, id, SurfaceForm.Strength.NAME, entry.zh());
                add(name, id, SurfaceForm.Strength.NAME, entry.en());
                entry.aliases().forEach(a -> add(name, id, SurfaceForm.Strength.NAME, a));
                entry.shortForms().forEach(a -> add(name, id, SurfaceForm.Strength.SHORT, a));
            }
            taxonomy.rules().combinations().forEach((form, ids) -> add(name, ids, SurfaceForm.Strength.NAME, form));
            taxonomy.rules().blocking().forEach(b -> add(name, List.of(), SurfaceForm.Strength.BLOCK, b));
        }
    }

    private void add(String taxonomy, List<String> ids, SurfaceForm.Strength strength, String form) {
        if (form != null && !form.isBlank()) {
            trie.add(form, new SurfaceForm(taxonomy, ids, strength, form.trim()));
        }
    }

    List<Mention> match(CompactText text) {
        // Overlaps are resolved within each taxonomy: 新中国成立初期 (a period) must not hide 中国,
        // and a country's blocking compound (美元) must not hide a plan.
        Map<String, List<Trie.Hit<SurfaceForm>>> candidates = new HashMap<>();
        for (Trie.Hit<SurfaceForm> hit : trie.hits(text)) {
            Map<String, List<SurfaceForm>> kept = new HashMap<>(2);
            for (SurfaceForm form : hit.payloads()) {
                if (plausible(text, hit, form)) {
                    kept.computeIfAbsent(form.taxonomy(), t -> new ArrayList<>(1)).add(form);
                }
            }
            kept.forEach((taxonomy, forms) -> candidates.computeIfAbsent(taxonomy, t -> new ArrayList<>())
                    .add(new Trie.Hit<>(hit.start(), hit.end(), forms, hit.skippedQuote())));
        }
        List<Mention> mentions = new ArrayList<>();
        for (String taxonomy : TAXONOMIES) {
            List<Trie.Hit<SurfaceForm>> hits = candidates.get(taxonomy);
            if (hits != null) {
                mentions.addAll(resolve(text, taxonomy, hits));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private List<Mention> resolve(CompactText text, String taxonomy, List<Trie.Hit<SurfaceForm>> hits) {
        List<Trie.Hit<SurfaceForm>> chosen = OverlapResolver.select(hits, EntityMatcher::strength);
        Selection selection = new Selection(text, chosen);
        ShortFormContext context = contexts.get(taxonomy);
        List<Mention> mentions = new ArrayList<>();
        for (Trie.Hit<SurfaceForm> hit : chosen) {
            for (SurfaceForm form : hit.payloads()) {
                switch (form.strength()) {
                    case NAME -> mentions.add(new Mention(taxonomy, form.ids(), hit.start(), hit.end(),
                            text.evidence(hit.start(), hit.end(), Evidence.Kind.ALIAS)));
                    case SHORT -> {
                        if (context.confirms(selection, hit)) {
                            mentions.add(new Mention(taxonomy, form.ids(), hit.start(), hit.end(),
                                    text.evidence(hit.start(), hit.end(), Evidence.Kind.ABBREVIATION)));
                        }
                    }
                    case BLOCK -> {
                        // Nothing to tag: the compound only hides what is inside it.
                    }
                }
            }
        }
        return mentions;
    }

    /** Checks that need only the form and its immediate neighbours. */
    private static boolean plausible(CompactText text, Trie.Hit<SurfaceForm> hit, SurfaceForm form) {
        if (form.strength() == SurfaceForm.Strength.BLOCK) {
            // A blocking compound read across a closing quote (“十五”年…) is not that compound.
            return !hit.skippedQuote();
        }
        if (!Boundaries.accepts(text, hit.start(), hit.end(), form.form())) {
            return false;
        }
        // An abbreviation right after a number is a unit or a date (21 日, 43 亿美元), never a name.
        return form.strength() != SurfaceForm.Strength.SHORT
                || hit.start() == 0 || !Fold.isNumeral(text.at(hit.start() - 1));
    }

    private static int strength(Trie.Hit<SurfaceForm> hit) {
        int max = 0;
        for (SurfaceForm form : hit.payloads()) {
            max = Math.max(max, form.strength().ordinal());
        }
        return max;
    }

    /** The chosen hits indexed by where they start and end, for context checks. */
    static final class Selection {
        final CompactText text;
        private final Trie.Hit<SurfaceForm>[] startingAt;
        private final Trie.Hit<SurfaceForm>[] endingAt;

        @SuppressWarnings("unchecked")
        Selection(CompactText text, List<Trie.Hit<SurfaceForm>> chosen) {
            this.text = text;
            startingAt = new Trie.Hit[text.length() + 1];
            endingAt = new Trie.Hit[text.length() + 1];
            for (Trie.Hit<SurfaceForm> hit : chosen) {
                startingAt[hit.start()] = hit;
                endingAt[hit.end()] = hit;
            }
        }

        Trie.Hit<SurfaceForm> startingAt(int position) {
            return position >= 0 && position < startingAt.length ? startingAt[position] : null;
        }

        Trie.Hit<SurfaceForm> endingAt(int position) {
            return position >= 0 && position < endingAt.length ? endingAt[position] : null;
        }

        /** Whether a chosen blocking compound covers {@code position}. */
        boolean blocked(int position) {
            for (int start = position; start >= 0 && position - start < 12; start--) {
                Trie.Hit<SurfaceForm> hit = startingAt(start);
                if (hit != null) {
                    return hit.end() > position && hit.payloads().stream()
                            .anyMatch(f -> f.strength() == SurfaceForm.Strength.BLOCK);
                }
            }
            return false;
        }
    }
}
