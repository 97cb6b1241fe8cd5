package org.yuanliu.portal.document;

import java.util.Set;

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

/** {@code GET /api/documents} and {@code GET /api/documents/{id}}. */
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentApiController {
    public static final Set<String> LIST_PARAMETERS = Set.of("q", "sort", "page", "size", "lang");
    private final DocumentLibrary library;
    private final SearchLimits limits;

    public DocumentApiController(DocumentLibrary library, SearchLimits limits) {
        this.library = library;
        this.limits = limits;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public DocumentList list(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), LIST_PARAMETERS);
        parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES); // as everywhere: lang=fr is an error, not ignored
        return library.list(QueryText.from(parameters),
                parameters.choice("sort", "year", DocumentLibrary.SORTS), Paging.from(parameters, limits));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public DocumentDetail detail(@PathVariable String id, HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), Set.of("lang"));
        return library.detail(id, parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES));
    }
}
