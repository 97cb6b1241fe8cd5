package org.yuanliu.portal.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yuanliu.portal.document.DocumentApiController;
import org.yuanliu.portal.document.DocumentLibrary;
import org.yuanliu.portal.quotation.QuotationQuery;
import org.yuanliu.portal.quotation.QuotationResults;
import org.yuanliu.portal.quotation.QuotationSearch;
import org.yuanliu.portal.search.PassageQuery;
import org.yuanliu.portal.search.PassageResults;
import org.yuanliu.portal.search.PassageSearch;
import org.yuanliu.portal.search.Paging;
import org.yuanliu.portal.search.QueryText;
import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.search.YearRange;
import org.yuanliu.portal.source.SourceApiController;
import org.yuanliu.portal.source.SourceCatalog;
import org.yuanliu.portal.source.SourceList;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

/**
 * The search page: a query box, tabs (passages, quotations, sources, documents), facets with counts, filter chips,
 * the timeline and the results. Everything comes from the URL.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchPageController {
    private static final List<String> TABS = List.of("passages", "quotations", "sources", "documents");

    private final PassageSearch passages;
    private final QuotationSearch quotations;
    private final SourceCatalog sources;
    private final DocumentLibrary documents;
    private final SearchLimits limits;
    private final Labels labels;

    public SearchPageController(PassageSearch passages, QuotationSearch quotations, SourceCatalog sources,
                                DocumentLibrary documents, SearchLimits limits, Labels labels) {
        this.passages = passages;
        this.quotations = quotations;
        this.sources = sources;
        this.documents = documents;
        this.limits = limits;
        this.labels = labels;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> home(HttpRequest<?> request) {
        return search(request);
    }

    @Get(uri = "/search", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> search(HttpRequest<?> request) {
        String tab = request.getParameters().get("tab") == null ? "passages" : request.getParameters().get("tab");
        if (!TABS.contains(tab)) {
            throw new BadRequestException("Parameter 'tab' must be one of " + String.join(", ", TABS) + ", not '" + tab + "'.");
        }
        RequestParameters parameters = RequestParameters.of(request.getParameters(), known(tab));
        parameters.choice("lang", Labels.DEFAULT, Labels.LANGUAGES); // every tab, as the API: lang=fr is an error
        String lang = Labels.language(request);
        Map<String, String> t = labels.of(lang);
        PageLink here = PageLink.of(request.getPath(), request.getParameters());
        Map<String, Object> model = PageModel.of(request, lang, t);
        model.put("tab", tab);
        model.put("matrixLink", new SiteLinks(lang).matrix());
        model.put("q", parameters.single("q").orElse(""));
        model.put("tabs", TABS.stream().map(name -> new ViewModels.Link(t.get("tab." + name),
                here.keep("q", "lang").with("tab", name.equals("passages") ? null : name).href(), name.equals(tab)))
                .toList());
        // the query box keeps the filters: a new query refines the current selection
        model.put("hidden", here.without("q").without("page").without("within").parameters());
        model.put("sentenceSearch", !List.of("quotations", "sources", "documents").contains(tab)); // passages only
        model.put("within", parameters.single("within").orElse("passage"));
        switch (tab) {
            case "quotations" -> quotations(parameters, here, t, model);
            case "sources" -> sources(parameters, here, t, model);
            case "documents" -> documents(parameters, here, t, model);
            default -> passages(parameters, here, t, model);
        }
        return new ModelAndView<>("search", model);
    }

    private static Set<String> known(String tab) {
        Set<String> known = new HashSet<>(switch (tab) {
            case "quotations" -> QuotationQuery.PARAMETERS;
            case "sources" -> SourceApiController.PARAMETERS;
            case "documents" -> DocumentApiController.LIST_PARAMETERS;
            default -> PassageQuery.PARAMETERS;
        });
        known.add("tab");
        known.add("lang");
        return known;
    }

    private void passages(RequestParameters parameters, PageLink here, Map<String, String> t, Map<String, Object> model) {
        PassageQuery query = PassageQuery.from(parameters, limits);
        PassageResults results = passages.search(query);
        model.put("total", results.total());
        model.put("hits", results.hits());
        model.put("similarTo", query.like().orElse(null));
        model.put("sourceTitles", sources.titles(results.hits().stream()
                .flatMap(h -> java.util.stream.Stream.concat(h.sourceIds().stream(),
                        h.footnotes().stream().flatMap(f -> f.sources().stream()))).toList()));
        facetsAndTimeline(results.facets(), results.timeline(), query.selection().years(), true, query.implied(), here,
                t, model);
        model.put("sorts", ViewModels.sorts(PassageQuery.SORTS, query.sort(), here, t));
        model.put("pager", ViewModels.pager(results.page(), results.lastPage(), here));
        model.put("csv", here.path("/api/search/csv").without("tab").without("page").without("size").href());
        model.put("matrixLink", here.path("/matrix").without("tab").without("page").without("size").without("sort")
                .without("interval").href());
    }

    private void quotations(RequestParameters parameters, PageLink here, Map<String, String> t, Map<String, Object> model) {
        QuotationQuery query = QuotationQuery.from(parameters, limits);
        QuotationResults results = quotations.search(query);
        model.put("total", results.total());
        model.put("quotations", results.hits());
        model.put("groups", results.groups());
        model.put("sourceTitles", sources.titles(results.hits().stream().flatMap(g -> g.occurrences().stream())
                .flatMap(h -> h.sourceIds().stream()).toList()));
        facetsAndTimeline(results.facets(), results.timeline(), query.selection().years(), false, false, here, t,
                model);
        model.put("sorts", ViewModels.sorts(QuotationQuery.SORTS, query.sort(), here, t));
        model.put("pager", ViewModels.pager(results.page(), results.lastPage(), here));
        model.put("csv", here.path("/api/quotations/csv").without("tab").without("page").without("size").href());
    }

    private void sources(RequestParameters parameters, PageLink here, Map<String, String> t, Map<String, Object> model) {
        SourceList list = SourceApiController.list(parameters, sources, limits);
        model.put("total", list.total());
        model.put("sources", list.sources());
        model.put("facets", ViewModels.facets(list.facets(), here, t));
        model.put("chips", ViewModels.chips(list.facets(), new YearRange(java.util.Optional.empty(),
                java.util.Optional.empty()), here, t));
        model.put("clearAll", here.keep("q", "lang", "tab").href());
        model.put("sorts", ViewModels.sorts(SourceCatalog.SORTS, list.sort(), here, t));
        model.put("pager", ViewModels.pager(list.page(), list.lastPage(), here));
    }

    private void documents(RequestParameters parameters, PageLink here, Map<String, String> t, Map<String, Object> model) {
        var list = documents.list(QueryText.from(parameters), parameters.choice("sort", "year", DocumentLibrary.SORTS),
                Paging.from(parameters, limits));
        model.put("total", list.total());
        model.put("documents", list.documents());
        model.put("sorts", ViewModels.sorts(DocumentLibrary.SORTS, list.sort(), here, t));
        model.put("pager", ViewModels.pager(list.page(), list.lastPage(), here));
    }

    private static void facetsAndTimeline(List<org.yuanliu.portal.search.Facet> facets,
                                          List<org.yuanliu.portal.search.YearBucket> timeline, YearRange years,
                                          boolean impliedSwitch, boolean implied, PageLink here,
                                          Map<String, String> t, Map<String, Object> model) {
        model.put("facets", ViewModels.facets(facets, here, t));
        model.put("chips", ViewModels.chips(facets, years, here, t));
        model.put("timeline", ViewModels.timeline(timeline, years, here, impliedSwitch, implied, t));
        model.put("clearAll", here.keep("q", "lang", "tab").href());
    }
}
