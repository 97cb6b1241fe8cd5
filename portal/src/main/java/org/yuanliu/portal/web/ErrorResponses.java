package org.yuanliu.portal.web;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

/** Errors as JSON for the API and as a friendly page (in the visitor's language) for everything else. */
@Singleton
public final class ErrorResponses {
    private final Labels labels;

    public ErrorResponses(Labels labels) {
        this.labels = labels;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String message) {
        if (wantsJson(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ErrorBody(status.getCode(), status.getReason(), message));
        }
        String lang = Labels.language(request);
        Map<String, Object> model = Map.of("t", labels.of(lang), "lang", lang, "status", status.getCode(),
                "message", message, "home", "/?lang=" + lang);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("error", model));
    }

    private static boolean wantsJson(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/admin/api/") || path.startsWith("/health");
    }
}
