package org.yuanliu.portal.export;

import org.yuanliu.portal.web.PageModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.SiteLinks;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

/** {@code /cite/{kind}/{id}}: each format in a read-only box with a copy button and a download link. */
@Hidden
@Controller("/cite")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CitationPageController {

    /** One format on the page. */
    public record FormatView(String id, String label, String text, String download) {
    }

    private final CitableItems items;
    private final Labels labels;

    public CitationPageController(CitableItems items, Labels labels) {
        this.items = items;
        this.labels = labels;
    }

    @Get(uri = "/{kind}/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String kind, @PathVariable String id,
                                                  HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of("lang"));
        String lang = Labels.language(request);
        Map<String, String> t = labels.of(lang);
        SiteLinks links = new SiteLinks(lang);
        CitableItem item = items.find(kind, id, links);
        List<FormatView> formats = CitationFormats.all(item).entrySet().stream().map(e -> new FormatView(e.getKey(),
                t.getOrDefault("cite.format." + e.getKey(), e.getKey()), e.getValue(),
                links.citationFile(kind, id, e.getKey()))).toList();
        Map<String, Object> model = PageModel.of(request, lang, t);
        model.put("item", item);
        model.put("kindLabel", t.getOrDefault("cite.kind." + kind, kind));
        model.put("formats", formats);
        return new ModelAndView<>("cite", model);
    }
}
