package org.yuanliu.portal.export;

import java.util.List;

import org.yuanliu.portal.quotation.QuotationGroup;
import org.yuanliu.portal.quotation.QuotationHit;
import org.yuanliu.portal.quotation.QuotationQuery;
import org.yuanliu.portal.quotation.QuotationSearch;
import org.yuanliu.portal.search.FacetTag;
import org.yuanliu.portal.search.PassageHit;
import org.yuanliu.portal.search.PassageQuery;
import org.yuanliu.portal.search.PassageSearch;
import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.SiteLinks;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * A result list as CSV: {@code GET /api/search/csv} and {@code GET /api/quotations/csv} take the same parameters
 * as their searches and give their first {@code yuanliu.search.max-results} hits, one row each. They declare
 * text/csv, so that a client asking for {@code Accept: text/csv} gets the file rather than a 406 (errors are JSON).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CsvExportController {
    private final PassageSearch passages;
    private final QuotationSearch quotations;
    private final SearchLimits limits;

    public CsvExportController(PassageSearch passages, QuotationSearch quotations, SearchLimits limits) {
        this.passages = passages;
        this.quotations = quotations;
        this.limits = limits;
    }

    @Get(uri = "/search/csv", produces = {"text/csv", MediaType.APPLICATION_JSON})
    public HttpResponse<String> passages(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), PassageQuery.PARAMETERS);
        PassageQuery query = PassageQuery.from(parameters, limits).firstHits(limits.maxResults());
        SiteLinks links = new SiteLinks(query.lang());
        Csv csv = new Csv().row(List.of("document", "year", "page", "printed_page", "section", "text", "stage", "plan",
                "country", "theme", "link"));
        for (PassageHit h : passages.search(query).hits()) {
            csv.row(java.util.Arrays.asList(h.documentTitle(), h.publicationYear(), h.pageStart(), h.printedPage(),
                    h.section(), h.text(), labels(h.tags(), "stage"), labels(h.tags(), "plan_named"),
                    labels(h.tags(), "country"), labels(h.tags(), "theme"), links.passage(h.documentId(), h.id())));
        }
        return file(csv, "yuanliu-passages.csv");
    }

    @Get(uri = "/quotations/csv", produces = {"text/csv", MediaType.APPLICATION_JSON})
    public HttpResponse<String> quotations(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), QuotationQuery.PARAMETERS);
        QuotationQuery query = QuotationQuery.from(parameters, limits).firstHits(limits.maxResults());
        SiteLinks links = new SiteLinks(query.lang());
        Csv csv = new Csv().row(List.of("quotation", "speaker", "date", "document", "page", "printed_page", "marker",
                "sources", "link"));
        for (QuotationGroup g : quotations.search(query).hits()) {
            for (QuotationHit q : g.occurrences()) {
                csv.row(java.util.Arrays.asList(q.text(), String.join("、", q.speaker()), q.date(), q.documentTitle(),
                        q.page(), q.printedPage(), q.footnoteMarker(), String.join("; ", q.sourceIds()),
                        q.passageId() == null ? links.document(q.documentId()) : links.passage(q.documentId(), q.passageId())));
            }
        }
        return file(csv, "yuanliu-quotations.csv");
    }

    private static String labels(List<FacetTag> tags, String facet) {
        return String.join("; ", tags.stream().filter(t -> t.facet().equals(facet)).map(FacetTag::label).toList());
    }

    private static HttpResponse<String> file(Csv csv, String name) {
        return HttpResponse.ok(csv.toString()).contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
