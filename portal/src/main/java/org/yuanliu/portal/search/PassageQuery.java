package org.yuanliu.portal.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yuanliu.portal.web.RequestParameters;

/** A passage search as the URL states it. */
public record PassageQuery(QueryText text, FacetSelection selection, String sort, Paging paging, int timelineInterval) {

    public static final List<FacetField> FACETS = List.of(
            FacetField.keyword("stage", "stage"),
            FacetField.keyword("plan_named", "plan_named"),
            FacetField.keyword("country", "country"),
            FacetField.keyword("theme", "theme"),
            FacetField.labelled("document", "document_id", "document_title.keyword"),
            FacetField.number("publication_year", "publication_year"));
    public static final List<String> SORTS = List.of("relevance", "year", "year_desc");
    public static final Set<String> PARAMETERS = Stream.concat(FACETS.stream().map(FacetField::param),
            Stream.of("q", "from", "to", "sort", "page", "size", "interval")).collect(Collectors.toUnmodifiableSet());
    public static final String YEAR_FIELD = "years";

    public static PassageQuery from(RequestParameters parameters, SearchLimits limits) {
        return new PassageQuery(QueryText.from(parameters), FacetSelection.from(parameters, FACETS, YEAR_FIELD),
                parameters.choice("sort", "relevance", SORTS), Paging.from(parameters, limits),
                Integer.parseInt(parameters.choice("interval", "5", List.of("1", "5", "10", "25"))));
    }
}
