package org.yuanliu.portal.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.portal.engine.EngineUnavailableException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Error;

/**
 * Maps failures to answers a visitor can act on. No engine message or stack trace leaves the server: engine
 * errors are logged and answered with a generic message.
 */
@Hidden
@Controller
public class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    private final ErrorResponses responses;
    private final Labels labels;

    public ErrorHandlers(ErrorResponses responses, Labels labels) {
        this.responses = responses;
        this.labels = labels;
    }

    @Error(global = true)
    public HttpResponse<?> badRequest(HttpRequest<?> request, BadRequestException e) {
        return responses.respond(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Error(global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return responses.respond(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> noRoute(HttpRequest<?> request) {
        return responses.respond(request, HttpStatus.NOT_FOUND, labels.of(Labels.language(request)).get("error.notFound"));
    }

    @Error(global = true)
    public HttpResponse<?> engineUnavailable(HttpRequest<?> request, EngineUnavailableException e) {
        String message = labels.of(Labels.language(request)).get("error.unavailable");
        return responses.respond(request, HttpStatus.SERVICE_UNAVAILABLE, message + " (" + e.getMessage() + ")")
                .header("Retry-After", "30");
    }

    @Error(global = true)
    public HttpResponse<?> engineRejected(HttpRequest<?> request, ElasticsearchException e) {
        // the root causes say what was wrong ("all shards failed" alone does not)
        String causes = e.error().rootCause().stream().map(c -> c.type() + ": " + c.reason()).distinct()
                .collect(java.util.stream.Collectors.joining("; "));
        LOG.error("Elasticsearch rejected a request for {}: {}{}", request.getUri(), e.getMessage(),
                causes.isEmpty() ? "" : " (" + causes + ")");
        return responses.respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                labels.of(Labels.language(request)).get("error.internal"));
    }
}
