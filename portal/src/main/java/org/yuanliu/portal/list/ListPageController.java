package org.yuanliu.portal.list;

import java.util.Map;
import java.util.Set;

import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.PageModel;
import org.yuanliu.portal.web.RequestParameters;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /list}: the passages, quotations and sources a reader kept across searches. The browser holds the list
 * (localStorage); the page asks {@code /api/lists} for the entries and exports them through it.
 */
@Hidden
@Controller("/list")
public class ListPageController {
    private final Labels labels;

    public ListPageController(Labels labels) {
        this.labels = labels;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of("lang"));
        String lang = Labels.language(request);
        Map<String, Object> model = PageModel.of(request, lang, labels.of(lang));
        model.put("formats", ListExport.FORMATS);
        return new ModelAndView<>("list", model);
    }
}
