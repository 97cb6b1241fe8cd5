package org.yuanliu.facet;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a user typed into what to search for. A name, alias or English name of a taxonomy value
 * expands to the value's Chinese forms (USSR, 苏维埃, 蘇聯 → 苏联, 苏维埃社会主义共和国联盟, …; 十三五 →
 * “十三五”, 第十三个五年规划, …), and traditional characters are converted to simplified, since the
 * corpus is simplified. Built once; lookups are pure.
 */
public final class QueryExpansion {

    private static final List<Facet> LOOKUP_ORDER = List.of(Facet.COUNTRY, Facet.PLAN_NAMED, Facet.STAGE, Facet.THEME);

    private final Taxonomies taxonomies;
    private final Map<String, List<FacetValue>> byForm = new HashMap<>();

    public QueryExpansion(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
        for (Facet facet : LOOKUP_ORDER) {
            Taxonomy taxonomy = taxonomies.of(facet);
            for (TaxonomyEntry entry : taxonomy.entries()) {
                FacetValue value = new FacetValue(facet, entry.id());
                index(entry.id(), value);
                index(entry.zh(), value);
                index(entry.en(), value);
                entry.aliases().forEach(a -> index(a, value));
                // One-character abbreviations (美, 苏) are too vague to stand for a value in a query.
                entry.shortForms().stream().filter(s -> s.length() > 1).forEach(s -> index(s, value));
            }
        }
    }

    private void index(String form, FacetValue value) {
        if (form != null && !form.isBlank()) {
            List<FacetValue> values = byForm.computeIfAbsent(key(form), k -> new ArrayList<>(1));
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    /**
     * The surface forms to search for: the term itself (in simplified characters; a bare ambiguous
     * abbreviation such as 十五 is replaced by “十五”), then, when it names a taxonomy value, that value's
     * Chinese forms, then the term as typed if it was traditional. Never empty for a non-blank term.
     */
    public List<String> expand(String term) {
        if (term == null || term.isBlank()) {
            return List.of();
        }
        String simplified = simplify(term.strip());
        Set<String> forms = new LinkedHashSet<>();
        forms.add(simplified);
        List<FacetValue> values = byForm.get(key(simplified));
        if (values != null && values.size() == 1) {
            TaxonomyEntry entry = taxonomies.entry(values.get(0).facet(), values.get(0).id()).orElseThrow();
            List<String> names = new ArrayList<>();
            names.add(entry.zh());
            names.addAll(entry.aliases());
            for (String name : names) {
                // Labels with a parenthesised gloss (改革开放初期（1978—1985）) are not how texts write the name.
                if (hasHan(name) && name.indexOf('（') < 0) {
                    forms.add(name);
                }
                quotedPart(name).ifPresent(forms::add);
            }
            for (String shortForm : entry.shortForms()) {
                if (shortForm.length() > 1) {
                    // Texts quote plan abbreviations; the quoted form cannot be 十五个 or 第十五.
                    forms.add("“" + shortForm + "”");
                }
            }
            // A bare ambiguous abbreviation typed as the query (十五) would find 十五个 and 第十五: search
            // for its quoted form instead.
            if (entry.shortForms().contains(simplified) && forms.size() > 1) {
                forms.remove(simplified);
            }
        }
        if (!simplified.equals(term.strip())) {
            forms.add(term.strip());
        }
        return List.copyOf(forms);
    }

    /** The facet value a term names (苏联, USSR, 蘇聯 → COUNTRY SU; 十三五 → PLAN_NAMED fyp13), if exactly one. */
    public Optional<FacetValue> facetValue(String term) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        List<FacetValue> values = byForm.get(key(simplify(term.strip())));
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        FacetValue value = values.get(0);
        if (value.facet() == Facet.STAGE) {
            return stageOf(value);
        }
        return Optional.of(value);
    }

    /** A named period counts as the canonical stage that contains it (改革开放初期 → 1978-1985). */
    private Optional<FacetValue> stageOf(FacetValue value) {
        TaxonomyEntry entry = taxonomies.entry(Facet.STAGE, value.id()).orElseThrow();
        if ("stage".equals(entry.kind())) {
            return Optional.of(value);
        }
        if (entry.years() == null) {
            return Optional.empty();
        }
        return taxonomies.of(Facet.STAGE).entriesOfKind("stage").stream()
                .filter(stage -> stage.years().contains(entry.years()))
                .findFirst()
                .map(stage -> new FacetValue(Facet.STAGE, stage.id()));
    }

    /** The quoted abbreviation inside a name: “十三五” in “十三五”规划. */
    private static Optional<String> quotedPart(String name) {
        int open = name.indexOf('“');
        int close = name.indexOf('”', open + 1);
        return open >= 0 && close > open + 1 ? Optional.of(name.substring(open, close + 1)) : Optional.empty();
    }

    static String simplify(String text) {
        return hasHan(text) ? ZhConverterUtil.toSimple(text) : text;
    }

    /** Lookup key: folded, without quotes, brackets and spaces, so “十三五” and 十三五 meet. */
    private static String key(String form) {
        String folded = Fold.fold(simplify(form.strip()));
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Fold.isQuote(c) && c != '《' && c != '》' && c != ' ' && c != '.') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
