package org.yuanliu.portal.matrix;

import org.yuanliu.portal.web.PageModel;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.PageLink;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.ViewModels;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

/** The evolution matrix page: a heat-map table whose cells open the passages they count. */
@Hidden
@Controller("/matrix")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatrixPageController {
    private final EvolutionMatrix matrix;
    private final Labels labels;

    public MatrixPageController(EvolutionMatrix matrix, Labels labels) {
        this.matrix = matrix;
        this.labels = labels;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        MatrixQuery query = MatrixQuery.from(RequestParameters.of(request.getParameters(), MatrixQuery.PARAMETERS));
        Map<String, String> t = labels.of(query.lang());
        PageLink here = PageLink.of(request.getPath(), request.getParameters());
        Map<String, Object> model = PageModel.of(request, query.lang(), t);
        model.put("q", query.text().raw());
        model.put("hidden", here.without("q").parameters());
        model.put("views", MatrixView.ids().stream().map(id -> new ViewModels.Link(t.getOrDefault("matrix.view." + id, id),
                here.with("view", id).href(), id.equals(query.view().id()))).toList());
        model.put("matrix", matrix.cross(query.view(), query.text(), query.selection(), query.lang(),
                here.path("/search").without("view")));
        model.put("rowLabel", t.getOrDefault("facet." + query.view().rows(), query.view().rows()));
        model.put("columnLabel", t.getOrDefault("facet." + query.view().columns(), query.view().columns()));
        model.put("backToSearch", here.path("/search").without("view").href());
        return new ModelAndView<>("matrix", model);
    }

}
