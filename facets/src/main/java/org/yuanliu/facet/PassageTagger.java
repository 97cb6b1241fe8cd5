package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tags a passage with stage, plans, countries and themes. Built once from the taxonomies (tries and
 * patterns are compiled here); {@link #tag} is then a pure function of its arguments and safe to call
 * from many threads.
 *
 * <p>Rules: countries and named plans come from names in the text. The discussed years come from
 * year expressions, named periods and events (stage.yaml) and named plans ("十五" stands for 2001–2005;
 * “十五”至“十三五” for 2001–2020). The stage is every canonical stage those years overlap; a passage
 * that names no years takes the years of its section heading instead, since it is read as part of
 * that section. The plan period is every plan overlapping a discussed span of at most
 * {@value #MAX_PLAN_PERIOD_SPAN} years: a passage about "改革开放以来" is not about any one plan.
 */
public final class PassageTagger {

    /** Longest span (years) that still places a passage in particular plans. */
    public static final int MAX_PLAN_PERIOD_SPAN = 20;

    private final Taxonomies taxonomies;
    private final EntityMatcher entities;
    private final ThemeScorer themes;
    private final List<TaxonomyEntry> stages;
    private final List<TaxonomyEntry> plans;

    public PassageTagger(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
        this.entities = new EntityMatcher(taxonomies);
        this.themes = new ThemeScorer(taxonomies.taxonomy("theme"));
        this.stages = taxonomies.taxonomy("stage").entriesOfKind("stage");
        this.plans = taxonomies.taxonomy("plan").entries().stream().filter(e -> e.years() != null).toList();
    }

    /** A tagger over the packaged taxonomies. */
    public static PassageTagger withDefaultTaxonomies() {
        return new PassageTagger(Taxonomies.loadDefault());
    }

    public Taxonomies taxonomies() {
        return taxonomies;
    }

    public FacetTags tag(String text, TagContext context) {
        TagContext ctx = context == null ? TagContext.NONE : context;
        CompactText compact = CompactText.of(text == null ? "" : text);
        List<Mention> mentions = entities.match(compact);

        Map<Facet, Map<String, List<Evidence>>> found = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            found.put(facet, new LinkedHashMap<>());
        }
        List<YearMention> yearMentions = new ArrayList<>(YearExtractor.extract(compact));
        Taxonomy stageTaxonomy = taxonomies.taxonomy("stage");
        Taxonomy planTaxonomy = taxonomies.taxonomy("plan");
        for (Mention mention : mentions) {
            switch (mention.taxonomy()) {
                case "country" -> mention.ids().forEach(id -> add(found, Facet.COUNTRY, id, mention.evidence()));
                case "plan" -> mention.ids().forEach(id -> {
                    add(found, Facet.PLAN_NAMED, id, mention.evidence());
                    planTaxonomy.entry(id).map(TaxonomyEntry::years).ifPresent(span -> yearMentions.add(
                            new YearMention(span, retype(mention.evidence(), Evidence.Kind.PLAN))));
                });
                case "stage" -> mention.ids().forEach(id -> stageTaxonomy.entry(id).map(TaxonomyEntry::years)
                        .ifPresent(span -> yearMentions.add(
                                new YearMention(span, retype(mention.evidence(), Evidence.Kind.PERIOD)))));
                default -> throw new IllegalStateException("unexpected taxonomy " + mention.taxonomy());
            }
        }
        yearMentions.addAll(PlanRanges.find(compact, mentions, planTaxonomy));
        yearMentions.sort(java.util.Comparator.comparingInt((YearMention y) -> y.evidence().start()));

        List<YearMention> basis = yearMentions;
        if (basis.isEmpty() && ctx.sectionSpan() != null) {
            basis = List.of(new YearMention(ctx.sectionSpan(),
                    Evidence.outsideText(ctx.sectionSpan().toString(), Evidence.Kind.SECTION)));
        }
        for (TaxonomyEntry stage : stages) {
            for (YearMention y : basis) {
                if (stage.years().overlaps(y.span().closedAt(ctx.publicationYear()))) {
                    add(found, Facet.STAGE, stage.id(), y.evidence());
                }
            }
        }
        for (TaxonomyEntry plan : plans) {
            for (YearMention y : basis) {
                YearSpan span = y.span().closedAt(ctx.publicationYear());
                if (span.length() <= MAX_PLAN_PERIOD_SPAN && plan.years().overlaps(span)) {
                    add(found, Facet.PLAN_PERIOD, plan.id(), y.evidence());
                }
            }
        }
        for (Tag theme : themes.score(compact)) {
            found.get(Facet.THEME).put(theme.id(), new ArrayList<>(theme.evidence()));
        }

        Map<Facet, List<Tag>> tags = new EnumMap<>(Facet.class);
        found.forEach((facet, byId) -> {
            List<Tag> list = new ArrayList<>();
            byId.forEach((id, evidence) -> list.add(new Tag(id, evidence)));
            tags.put(facet, list);
        });
        return new FacetTags(tags, yearMentions, years(yearMentions, ctx.publicationYear()));
    }

    private static void add(Map<Facet, Map<String, List<Evidence>>> found, Facet facet, String id, Evidence evidence) {
        List<Evidence> list = found.get(facet).computeIfAbsent(id, k -> new ArrayList<>());
        if (!list.contains(evidence)) {
            list.add(evidence);
        }
    }

    private static Evidence retype(Evidence evidence, Evidence.Kind kind) {
        return new Evidence(evidence.text(), evidence.start(), evidence.end(), kind);
    }

    /** Every discussed year; a span still open is listed up to the publication year, or by its start alone. */
    private static List<Integer> years(List<YearMention> mentions, Integer publicationYear) {
        TreeSet<Integer> years = new TreeSet<>();
        for (YearMention mention : mentions) {
            YearSpan span = mention.span().closedAt(publicationYear);
            int end = span.isOpen() ? span.start() : span.end();
            for (int year = span.start(); year <= end; year++) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }
}
