package org.yuanliu.portal.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import org.yuanliu.portal.quotation.Quotation;
import org.yuanliu.portal.quotation.QuotationHit;
import org.yuanliu.portal.quotation.QuotationQuery;
import org.yuanliu.portal.quotation.QuotationSearch;
import org.yuanliu.portal.search.FacetLabels;
import org.yuanliu.portal.search.FacetTag;
import org.yuanliu.portal.search.HitPages;
import org.yuanliu.portal.search.Passage;
import org.yuanliu.portal.search.PassageQuery;
import org.yuanliu.portal.search.PassageSearch;
import org.yuanliu.portal.search.SearchLimits;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.SiteLinks;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A result list as CSV: {@code GET /api/search/csv} and {@code GET /api/quotations/csv} take the same parameters
 * as their searches and give every hit, one row each, up to {@code yuanliu.search.max-export-rows}. The file is
 * streamed a page of hits at a time over a point in time, so memory does not grow with the result; an engine that is
 * down answers 503 before the file starts. They declare text/csv, so that a client asking for
 * {@code Accept: text/csv} gets the file rather than a 406 (errors are JSON).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CsvExportController {
    private final PassageSearch passages;
    private final QuotationSearch quotations;
    private final SearchLimits limits;
    private final FacetLabels labels;

    public CsvExportController(PassageSearch passages, QuotationSearch quotations, SearchLimits limits,
                               FacetLabels labels) {
        this.passages = passages;
        this.quotations = quotations;
        this.limits = limits;
        this.labels = labels;
    }

    @Get(uri = "/search/csv", produces = {"text/csv", MediaType.APPLICATION_JSON})
    public HttpResponse<Publisher<byte[]>> passages(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), PassageQuery.PARAMETERS);
        PassageQuery query = PassageQuery.from(parameters, limits);
        SiteLinks links = new SiteLinks(query.lang());
        String lang = query.lang();
        List<String> header = List.of("document", "year", "page", "printed_page", "section", "text", "stage", "plan",
                "country", "theme", "link");
        return file("yuanliu-passages.csv", header, passages.export(query, limits.maxExportRows()), page -> {
            Csv csv = Csv.continued();
            for (Hit<Passage> hit : page) {
                Passage p = hit.source();
                List<FacetTag> tags = p.tags(labels, lang);
                csv.row(Arrays.asList(p.documentTitle(), p.publicationYear(), p.pageStart(), p.printedPage(),
                        p.section(), p.text(), labels(tags, "stage"), labels(tags, "plan_named"), labels(tags, "country"),
                        labels(tags, "theme"), links.passage(p.documentId(), hit.id())));
            }
            return csv;
        });
    }

    @Get(uri = "/quotations/csv", produces = {"text/csv", MediaType.APPLICATION_JSON})
    public HttpResponse<Publisher<byte[]>> quotations(HttpRequest<?> request) {
        RequestParameters parameters = RequestParameters.of(request.getParameters(), QuotationQuery.PARAMETERS);
        QuotationQuery query = QuotationQuery.from(parameters, limits);
        SiteLinks links = new SiteLinks(query.lang());
        List<String> header = List.of("quotation", "speaker", "date", "document", "page", "printed_page", "marker",
                "sources", "link");
        return file("yuanliu-quotations.csv", header, quotations.export(query, limits.maxExportRows()), page -> {
            Csv csv = Csv.continued();
            for (QuotationHit q : quotations.hits(page)) {
                csv.row(Arrays.asList(q.text(), String.join("、", q.speaker()), q.date(), q.documentTitle(), q.page(),
                        q.printedPage(), q.footnoteMarker(), String.join("; ", q.sourceIds()),
                        q.passageId() == null ? links.document(q.documentId()) : links.passage(q.documentId(), q.passageId())));
            }
            return csv;
        });
    }

    private static String labels(List<FacetTag> tags, String facet) {
        return String.join("; ", tags.stream().filter(t -> t.facet().equals(facet)).map(FacetTag::label).toList());
    }

    /** The header row, then a page of rows at a time, read from the engine as the client takes them. */
    private static <T> HttpResponse<Publisher<byte[]>> file(String name, List<String> header, HitPages<T> pages,
                                                            Function<List<Hit<T>>, Csv> rows) {
        Flux<byte[]> body = Flux.concat(
                Flux.just(bytes(new Csv().row(header))),
                Flux.<byte[]>generate(sink -> {
                    List<Hit<T>> page = pages.next();
                    if (page.isEmpty()) {
                        sink.complete();
                    } else {
                        sink.next(bytes(rows.apply(page)));
                    }
                }).subscribeOn(Schedulers.boundedElastic()))
                .doFinally(signal -> pages.close());
        return HttpResponse.<Publisher<byte[]>>ok(body).contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static byte[] bytes(Csv csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
