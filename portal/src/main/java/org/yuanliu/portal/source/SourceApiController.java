package org.yuanliu.portal.source;

import java.util.List;
import java.util.Set;

import org.yuanliu.portal.search.FacetField;
import org.yuanliu.portal.search.FacetSelection;
import org.yuanliu.portal.search.Paging;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/sources} (most cited first by default) and {@code GET /api/sources/{id}}. */
@Controller("/api/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourceApiController {
    public static final List<FacetField> FACETS = List.of(FacetField.keyword("kind", "kind"),
            FacetField.keyword("author", "authors"), FacetField.keyword("container", "container"),
            FacetField.keyword("publisher", "publisher"), FacetField.number("year", "year"));
    public static final Set<String> PARAMETERS = Set.of("q", "kind", "author", "container", "publisher", "year", "sort",
            "page", "size", "lang");
    private final SourceCatalog catalog;
    private final SearchLimits limits;

    public SourceApiController(SourceCatalog catalog, SearchLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public SourceList list(HttpRequest<?> request) {
        return list(RequestParameters.of(request.getParameters(), PARAMETERS), catalog, limits);
    }

    /** Shared with the Sources tab of the search page. */
    public static SourceList list(RequestParameters parameters, SourceCatalog catalog, SearchLimits limits) {
        parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES); // as everywhere: lang=fr is an error, not ignored
        return catalog.list(QueryText.from(parameters), FacetSelection.from(parameters, FACETS, "year"),
                parameters.choice("sort", "citations", SourceCatalog.SORTS), Paging.from(parameters, limits));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public SourceDetail detail(@PathVariable String id, HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), Set.of("lang", "page"));
        return catalog.detail(id, parameters.integer("page", 1, 1, 100_000));
    }
}
