package org.yuanliu.portal.quotation;

import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/quotations}. */
@Controller("/api/quotations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuotationApiController {
    private final QuotationSearch search;
    private final SearchLimits limits;

    public QuotationApiController(QuotationSearch search, SearchLimits limits) {
        this.search = search;
        this.limits = limits;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public QuotationResults search(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), QuotationQuery.PARAMETERS);
        return search.search(QuotationQuery.from(parameters, limits));
    }
}
