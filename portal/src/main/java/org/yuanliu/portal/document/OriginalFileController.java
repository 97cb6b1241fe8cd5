package org.yuanliu.portal.document;

import org.yuanliu.portal.web.NotFoundException;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Serves the original file of a document: {@code /documents/{id}/original#page=N} opens a PDF at that page in
 * the browser's viewer.
 */
@Controller("/documents/{id}/original")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class OriginalFileController {
    private final OriginalFiles files;

    public OriginalFileController(OriginalFiles files) {
        this.files = files;
    }

    @Get
    public HttpResponse<SystemFile> original(@PathVariable String id) {
        OriginalFiles.Original original = files.find(id).orElseThrow(() -> new NotFoundException(
                "The original file of document '" + id + "' is not available on this server."));
        SystemFile file = new SystemFile(original.path().toFile(), MediaType.of(original.mediaType())).attach(original.fileName());
        return HttpResponse.ok(file).header("Content-Disposition", "inline; filename*=UTF-8''"
                + java.net.URLEncoder.encode(original.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
