package org.yuanliu.portal.matrix;

import org.yuanliu.portal.web.PageLink;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /api/matrix}: passage counts crossing two facets ({@code view} = theme-plan, theme-period,
 * theme-stage, country-stage), under the query box and filters of {@code /api/search}. Each cell's {@code href} is
 * the search page listing its passages; the same query string on {@code /api/search} gives them as JSON.
 */
@Controller("/api/matrix")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatrixApiController {
    private final EvolutionMatrix matrix;

    public MatrixApiController(EvolutionMatrix matrix) {
        this.matrix = matrix;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Matrix matrix(HttpRequest<?> request) {
        MatrixQuery query = MatrixQuery.from(RequestParameters.of(request.getParameters(), MatrixQuery.PARAMETERS));
        return matrix.cross(query.view(), query.text(), query.selection(), query.lang(),
                PageLink.of("/search", request.getParameters()).without("view"));
    }
}
