package org.yuanliu.portal.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.SiteLinks;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /api/cite/{kind}/{id}}: a passage, quotation, source or document cited in GB/T 7714-2015 (numeric),
 * BibTeX, RIS and CSL-JSON; {@code GET /api/cite/{kind}/{id}/{format}} downloads one format as a file.
 */
@Controller("/api/cite")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CitationApiController {
    private final CitableItems items;

    public CitationApiController(CitableItems items) {
        this.items = items;
    }

    @Get(uri = "/{kind}/{id}", produces = MediaType.APPLICATION_JSON)
    public Citations cite(@PathVariable String kind, @PathVariable String id, HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of());
        CitableItem item = items.find(kind, id, new SiteLinks(Labels.DEFAULT));
        return new Citations(item.kind(), item.id(), item.title(), item.back(), CitationFormats.all(item));
    }

    /** Declares every format's type, so that {@code Accept: application/x-bibtex} & co. get the file, not a 406. */
    @Get(uri = "/{kind}/{id}/{format}", produces = {"text/plain", "application/x-bibtex",
            "application/x-research-info-systems", "application/vnd.citationstyles.csl+json", MediaType.APPLICATION_JSON})
    public HttpResponse<String> download(@PathVariable String kind, @PathVariable String id,
                                         @PathVariable String format, HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of());
        ExportFormat f = ExportFormat.of(format);
        CitableItem item = items.find(kind, id, new SiteLinks(Labels.DEFAULT));
        String file = "yuanliu-" + kind + "." + f.extension();
        String named = URLEncoder.encode(kind + "-" + id + "." + f.extension(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(CitationFormats.render(item, f))
                .contentType(f.mediaType() + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"; filename*=UTF-8''" + named);
    }
}
