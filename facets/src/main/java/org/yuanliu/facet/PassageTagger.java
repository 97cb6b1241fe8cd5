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
 * <p>Rules: countries and named plans come from names in the text. The years a passage <em>mentions</em> are
 * those written in it (1957 年, 1978—1985 年, 20 世纪 60 年代; of "1978 年以来" only 1978); the years it
 * <em>implies</em> come from named periods and events (stage.yaml), named plans ("十五" stands for 2001–2005;
 * “十五”至“十三五” for 2001–2020) and the rest of open spans, and are kept apart so that a timeline of
 * written years is not flooded by 新中国成立以来. A stage is <em>primary</em> ({@link Facet#STAGE}) when
 * the passage is about it: its written years fall in it, or a named period or plan lying within that one
 * stage; failing both, the span of its section heading, since the passage is read as part of that
 * section. Every other stage its spans reach is {@link Facet#STAGE_ALSO}. The plan period is every plan overlapping a discussed span of at most
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
            basis = List.of(sectionMention(ctx.sectionSpan()));
        }
        // primary eras: what the passage is about; every other era its spans reach is only touched
        List<YearMention> about = new ArrayList<>();
        for (YearMention y : yearMentions) {
            if (y.evidence().kind() == Evidence.Kind.YEAR) {
                // "1978 年以来" is about 1978; the years after it are only touched
                about.add(y.span().isOpen() ? new YearMention(YearSpan.of(y.span().start()), y.evidence()) : y);
            } else if (stagesOverlapping(y.span().closedAt(ctx.publicationYear())) == 1) {
                about.add(y);
            }
        }
        if (about.isEmpty() && ctx.sectionSpan() != null) {
            about.add(sectionMention(ctx.sectionSpan()));
        }
        addStages(found, Facet.STAGE, about, ctx.publicationYear());
        addStages(found, Facet.STAGE_ALSO, basis, ctx.publicationYear());
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
        List<Integer> mentioned = mentionedYears(yearMentions);
        return new FacetTags(tags, yearMentions, mentioned, impliedYears(yearMentions, mentioned, ctx.publicationYear()));
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

    /** Every stage the spans overlap, under {@code facet}; a stage already primary is not also "touched". */
    private void addStages(Map<Facet, Map<String, List<Evidence>>> found, Facet facet, List<YearMention> spans,
                           Integer publicationYear) {
        for (TaxonomyEntry stage : stages) {
            if (facet == Facet.STAGE_ALSO && found.get(Facet.STAGE).containsKey(stage.id())) {
                continue;
            }
            for (YearMention y : spans) {
                if (stage.years().overlaps(y.span().closedAt(publicationYear))) {
                    add(found, facet, stage.id(), y.evidence());
                }
            }
        }
    }

    private int stagesOverlapping(YearSpan span) {
        return (int) stages.stream().filter(stage -> stage.years().overlaps(span)).count();
    }

    private static YearMention sectionMention(YearSpan span) {
        return new YearMention(span, Evidence.outsideText(span.toString(), Evidence.Kind.SECTION));
    }

    /** The years written in the passage: explicit years, ranges and decades; of an open span only its first year. */
    private static List<Integer> mentionedYears(List<YearMention> mentions) {
        return List.copyOf(yearsOf(mentions.stream().filter(m -> m.evidence().kind() == Evidence.Kind.YEAR)
                .map(YearMention::span)));
    }

    /**
     * The years the passage only implies: those of named periods, events and plans, and the rest of an open span up
     * to the publication year (an open span with no publication year implies nothing more); none of them written.
     */
    private static List<Integer> impliedYears(List<YearMention> mentions, List<Integer> mentioned, Integer publicationYear) {
        TreeSet<Integer> years = yearsOf(mentions.stream().map(m -> m.span().closedAt(publicationYear)));
        years.removeAll(mentioned);
        return List.copyOf(years);
    }

    /** Every year of the spans, ascending; a span still open counts its first year only. */
    private static TreeSet<Integer> yearsOf(java.util.stream.Stream<YearSpan> spans) {
        TreeSet<Integer> years = new TreeSet<>();
        spans.forEach(span -> {
            int end = span.isOpen() ? span.start() : span.end();
            for (int year = span.start(); year <= end; year++) {
                years.add(year);
            }
        });
        return years;
    }
}
