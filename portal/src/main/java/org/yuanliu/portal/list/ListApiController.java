package org.yuanliu.portal.list;

import java.util.List;

import org.yuanliu.portal.export.CitableItem;
import org.yuanliu.portal.export.CitationFormats;
import org.yuanliu.portal.export.ExportFormat;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.NotFoundException;
import org.yuanliu.portal.web.SiteLinks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A reader's list, which the browser keeps (no account): {@code POST /api/lists} with {@code items} (one {@code kind:id} per line) answers
 * each entry's title, page and GB/T 7714 citation; {@code POST /api/lists/{format}} downloads them all as one file
 * (gbt7714, bibtex, ris, csl-json, csv). POST because a long list does not fit in a URL; nothing is stored.
 */
@Controller("/api/lists")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ListApiController {

    /** One entry as the list page shows it. */
    @Serdeable
    public record Entry(String kind, String id, String title, String href, String citation) {
    }

    /** A kept entry that is no longer in the library. */
    @Serdeable
    public record Missing(String kind, String id) {
    }

    @Serdeable
    public record ListView(List<Entry> items, List<Missing> missing) {
    }

    private final ListedItems listed;

    public ListApiController(ListedItems listed) {
        this.listed = listed;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    public ListView show(@Nullable @Body("items") String items, HttpRequest<?> request) {
        ListedItems.Resolved resolved = listed.resolve(ItemRef.parse(items), new SiteLinks(Labels.language(request)));
        return new ListView(resolved.found().stream().map(i -> new Entry(i.kind(), i.id(), i.title(), i.back(),
                CitationFormats.render(i, ExportFormat.GBT7714))).toList(),
                resolved.missing().stream().map(m -> new Missing(m.kind(), m.id())).toList());
    }

    @Post(uri = "/{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {"text/plain", "application/x-bibtex", "application/x-research-info-systems",
                    "application/vnd.citationstyles.csl+json", "text/csv", MediaType.APPLICATION_JSON})
    public HttpResponse<String> export(@PathVariable String format, @Nullable @Body("items") String items) {
        if (!ListExport.FORMATS.contains(format)) {
            throw new NotFoundException("No list format '" + format + "' (formats: "
                    + String.join(", ", ListExport.FORMATS) + ").");
        }
        List<CitableItem> found = listed.resolve(ItemRef.parse(items), new SiteLinks(Labels.DEFAULT)).found();
        String file = "yuanliu-list." + ListExport.extension(format);
        return HttpResponse.ok(ListExport.render(found, format))
                .contentType(ListExport.mediaType(format) + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
