package org.yuanliu.portal.quotation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yuanliu.portal.search.FacetField;
import org.yuanliu.portal.search.FacetSelection;
import org.yuanliu.portal.search.Paging;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;

/** A quotation search as the URL states it. Paging counts groups: the same words quoted in several documents. */
public record QuotationQuery(QueryText text, FacetSelection selection, String sort, Paging paging, int timelineInterval,
                             String lang) {
    public static final List<FacetField> FACETS = List.of(
            FacetField.keyword("speaker", "speaker"),
            FacetField.keyword("sourced", "sourced"),
            FacetField.number("year", "year"),
            FacetField.keyword("stage", "stage"),
            FacetField.keyword("country", "country"),
            FacetField.keyword("theme", "theme"),
            FacetField.labelled("document", "document_id", "document_title"));
    public static final List<String> SORTS = List.of("relevance", "year", "year_desc");
    public static final Set<String> PARAMETERS = Stream.concat(FACETS.stream().map(FacetField::param),
            Stream.of("q", "from", "to", "sort", "page", "size", "interval", "lang")).collect(Collectors.toUnmodifiableSet());

    public static QuotationQuery from(RequestParameters parameters, SearchLimits limits) {
        return new QuotationQuery(QueryText.from(parameters), FacetSelection.from(parameters, FACETS, "year"),
                parameters.choice("sort", "relevance", SORTS), Paging.from(parameters, limits),
                Integer.parseInt(parameters.choice("interval", "5", List.of("1", "5", "10", "25"))),
                parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES));
    }

    public QuotationQuery firstHits(int size) {
        return new QuotationQuery(text, selection, sort, new Paging(1, size, size), timelineInterval, lang);
    }
}
