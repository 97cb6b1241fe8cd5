package org.yuanliu.portal.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;

/**
 * A passage search as the URL states it; {@code lang} chooses the language of the facet labels; {@code within}
 * is {@code passage} (all words anywhere in it) or {@code sentence} (all words within one of its sentences);
 * {@code like} names a passage whose like is wanted ("more like this": its distinctive words, not the passage itself);
 * {@code implied=on} adds the years and eras a passage only implies (新中国成立以来, 十五期间) to the timeline, the era
 * filter and the stage facet, which otherwise hold what passages write and are about.
 */
public record PassageQuery(QueryText text, FacetSelection selection, String sort, Paging paging, int timelineInterval,
                           String lang, String within, Optional<String> like, boolean implied) {

    public static final List<FacetField> FACETS = List.of(
            FacetField.keyword("stage", "stage"),
            FacetField.keyword("plan_named", "plan_named"),
            FacetField.keyword("plan_period", "plan_period"),
            FacetField.keyword("country", "country"),
            FacetField.keyword("theme", "theme"),
            FacetField.labelled("document", "document_id", "document_title.keyword"),
            FacetField.number("publication_year", "publication_year"),
            // policy documents: who issued them, what they are, when
            FacetField.keyword("issuer", "issuers"),
            FacetField.keyword("policy_type", "policy_type"),
            FacetField.number("year_issued", "year_issued"));
    public static final List<String> SORTS = List.of("relevance", "year", "year_desc");
    public static final Set<String> PARAMETERS = Stream.concat(FACETS.stream().map(FacetField::param),
            Stream.of("q", "from", "to", "sort", "page", "size", "interval", "lang", "within", "like", "implied"))
            .collect(Collectors.toUnmodifiableSet());
    public static final String YEAR_FIELD = "years";
    public static final String IMPLIED_YEAR_FIELD = "years_implied";
    /** The stage facet with implied eras: the eras a passage is about and those it touches. */
    private static final List<FacetField> WITH_IMPLIED = FACETS.stream()
            .map(f -> f.param().equals("stage") ? FacetField.keyword("stage", "stage_any") : f).toList();
    public static final List<String> WITHIN = List.of("passage", "sentence");
    /** A passage id as the index gives it. */
    private static final Pattern PASSAGE_ID = Pattern.compile("[0-9A-Za-z_.:-]{1,200}");

    public boolean withinSentence() {
        return "sentence".equals(within);
    }

    public static PassageQuery from(RequestParameters parameters, SearchLimits limits) {
        boolean implied = parameters.choice("implied", "off", List.of("off", "on")).equals("on");
        FacetSelection selection = implied
                ? FacetSelection.from(parameters, WITH_IMPLIED, YEAR_FIELD, Optional.of(IMPLIED_YEAR_FIELD))
                : FacetSelection.from(parameters, FACETS, YEAR_FIELD);
        return new PassageQuery(QueryText.from(parameters), selection,
                parameters.choice("sort", "relevance", SORTS), Paging.from(parameters, limits),
                Integer.parseInt(parameters.choice("interval", "5", List.of("1", "5", "10", "25"))),
                parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES),
                parameters.choice("within", "passage", WITHIN), like(parameters), implied);
    }

    private static Optional<String> like(RequestParameters parameters) {
        Optional<String> like = parameters.single("like");
        like.filter(id -> !PASSAGE_ID.matcher(id).matches()).ifPresent(id -> {
            throw new BadRequestException("Parameter 'like' must be a passage id (letters, digits, - _ . :), not '"
                    + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'.");
        });
        return like;
    }

    /** The same search, for an export of up to {@code size} hits from the first. */
    public PassageQuery firstHits(int size) {
        return new PassageQuery(text, selection, sort, new Paging(1, size, size), timelineInterval, lang, within, like,
                implied);
    }
}
