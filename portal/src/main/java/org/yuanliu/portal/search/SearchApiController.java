package org.yuanliu.portal.search;

import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/search}: passages for a query box, facet selections, an era, a sort and a page. */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchApiController {
    private final PassageSearch search;
    private final SearchLimits limits;

    public SearchApiController(PassageSearch search, SearchLimits limits) {
        this.search = search;
        this.limits = limits;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public PassageResults search(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), PassageQuery.PARAMETERS);
        return search.search(PassageQuery.from(parameters, limits));
    }
}
