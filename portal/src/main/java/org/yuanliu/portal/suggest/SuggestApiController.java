package org.yuanliu.portal.suggest;

import java.util.Set;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/suggest?q=邓}: speakers, cited works, issuers and titles for what is being typed. */
@Controller("/api/suggest")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SuggestApiController {
    /** Longer input is a query, not a name being typed. */
    static final int MAX_LENGTH = 50;

    private final Suggestions suggestions;

    public SuggestApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Suggestions.Suggested suggest(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), Set.of("q"));
        String q = parameters.single("q").orElse("");
        if (q.length() > MAX_LENGTH) {
            throw new BadRequestException("Parameter 'q' must be at most " + MAX_LENGTH + " characters for suggestions.");
        }
        return suggestions.suggest(q);
    }
}
