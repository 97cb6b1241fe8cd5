package org.yuanliu.portal.source;

import org.yuanliu.portal.web.PageModel;
import java.util.Map;
import java.util.Set;

import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

/** A cited work and every document, page and passage that cites it. */
@Hidden
@Controller("/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourcePageController {
    private final SourceCatalog catalog;
    private final Labels labels;

    public SourcePageController(SourceCatalog catalog, Labels labels) {
        this.catalog = catalog;
        this.labels = labels;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), Set.of("lang", "page"));
        String lang = Labels.language(request);
        Map<String, String> t = labels.of(lang);
        Map<String, Object> model = PageModel.of(request, lang, t);
        SourceDetail detail = catalog.detail(id, parameters.integer("page", 1, 1, 100_000));
        model.put("detail", detail);
        String link = new org.yuanliu.portal.web.SiteLinks(lang).source(id);
        String join = link.contains("?") ? "&" : "?";
        model.put("previousPage", detail.page() > 1 ? link + join + "page=" + (detail.page() - 1) : null);
        model.put("nextPage", detail.page() < detail.lastPage() ? link + join + "page=" + (detail.page() + 1) : null);
        return new ModelAndView<>("source", model);
    }
}
