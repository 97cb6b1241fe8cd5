package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.portal.TestPortal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A PDF whose title, text and footnote carry markup and spreadsheet formulas, indexed by the real indexer: every
 * page shows the markup as text, every export carries it as data (CSV cells that could start a formula are
 * neutralised), and every kind of response (page, API, file, error) has the security headers.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkupPdfTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    /** What must never reach a page unescaped. */
    static final List<String> RAW = List.of("<script>alert", "<img src=x", "<b>Title", "<i>Selected", "onerror=alert(1)>");
    static final Pattern FORMULA_CELL = Pattern.compile("(^|,)\"[=+\\-@]", Pattern.MULTILINE);

    @TempDir
    static Path files;
    private TestPortal portal;
    private String documentId;
    private List<String> passageIds = new ArrayList<>();
    private Set<String> sourceIds = new LinkedHashSet<>();

    @BeforeAll
    void index(RealElasticsearch.Node node, IndexSchema schema) throws IOException {
        Path pdf = files.resolve("markup.pdf");
        writePdf(pdf);
        schema.ensure();
        IndexWriter writer = new IndexWriter(node.client(), IndexTargets.aliases(schema), Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 1,
                Duration.ofSeconds(120))) {
            indexer.index(InputFiles.expand(List.of(files)), false, Progress.NONE);
        }
        portal = TestPortal.start(node.engine().url(), schema.prefix());
        JsonNode documents = portal.json("/api/documents").get("documents");
        assertThat(documents).as("the markup PDF was indexed").hasSize(1);
        documentId = documents.get(0).get("id").asText();
        JsonNode detail = portal.json("/api/documents/" + q(documentId));
        detail.findValues("sourceIds").forEach(list -> list.forEach(s -> sourceIds.add(s.asText())));
        for (JsonNode hit : portal.json("/api/search?q=alert&size=50").get("hits")) {
            passageIds.add(hit.get("id").asText());
            hit.path("sourceIds").forEach(s -> sourceIds.add(s.asText()));
            hit.path("footnotes").forEach(f -> f.path("sourceIds").forEach(s -> sourceIds.add(s.asText())));
        }
        portal.json("/api/sources").get("sources").forEach(s -> sourceIds.add(s.get("id").asText()));
        assertThat(passageIds).as("passages with markup are found").isNotEmpty();
        assertThat(sourceIds).as("the footnote's work became a source").isNotEmpty();
    }

    @AfterAll
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    /** One A4 page: a title line, body text with a raised note mark, a formula paragraph and a footnote, all ASCII. */
    static void writePdf(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, bold, 18, 60, 770, "Markup <b>Title</b> " + SCRIPT);
                text(content, regular, 11, 60, 720, "Cooperation policy text " + SCRIPT + " with its partners in science");
                text(content, regular, 7, 402, 724, "1");
                text(content, regular, 11, 60, 704, "and technology, as the plan of the year 1994 explains in some detail.");
                text(content, regular, 11, 60, 670, "A second paragraph " + IMG + " about exchanges of scientists and");
                text(content, regular, 11, 60, 654, "engineers between institutes, universities and academies of science.");
                text(content, regular, 11, 60, 620, "=HYPERLINK(\"http://evil.example\",\"click\") alert paragraph that starts");
                text(content, regular, 11, 60, 604, "with a spreadsheet formula, +cmd and @SUM(A1) follow it in the text.");
                text(content, regular, 8, 60, 70, "1 " + SCRIPT + " Zhang San, <i>Selected Works</i>[M]. Beijing: People's Press, 1994: 87.");
                text(content, regular, 8, 60, 100, "Received: 2020-10-08");
                text(content, regular, 8, 60, 90, "DOI: 10.1000/182" + SCRIPT);
            }
            document.save(target.toFile());
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void frontMatterFieldsShowOnTheDocumentPageAsText() throws IOException {
        String page = portal.get("/documents/" + q(documentId) + "?lang=en").body();

        assertThat(page).contains("<dt>Received</dt>", "2020-10-08", "<dt>DOI</dt>", "href=\"https://doi.org/10.1000/182&lt;script&gt;")
                .doesNotContain("10.1000/182<script>");
        assertThat(portal.json("/api/documents").get("documents").get(0).toString()).doesNotContain("Received: 2020");
    }

    @Test
    void pagesShowTheMarkupAsText() {
        List<String> pages = new ArrayList<>(List.of("/search?q=alert", "/search?q=" + q("\"" + SCRIPT + "\""),
                "/search?q=" + q(IMG), "/search?tab=documents&q=Markup", "/search?tab=sources", "/search?tab=quotations&q=alert",
                "/documents/" + q(documentId), "/cite/document/" + q(documentId), "/matrix?q=alert"));
        passageIds.forEach(id -> pages.add("/cite/passage/" + q(id)));
        sourceIds.forEach(id -> {
            pages.add("/sources/" + q(id));
            pages.add("/cite/source/" + q(id));
        });
        SoftAssertions soft = new SoftAssertions();
        for (String path : pages) {
            HttpResponse<String> page = portal.get(path);
            soft.assertThat(page.statusCode()).as(path).isEqualTo(200);
            soft.assertThat(page.headers().firstValue("content-type").orElse("")).as(path).contains("text/html");
            for (String raw : RAW) {
                soft.assertThat(page.body()).as("%s shows no raw markup", path).doesNotContain(raw);
            }
            securityHeaders(soft, path, page);
        }
        String search = portal.get("/search?q=alert").body();
        soft.assertThat(search).as("the snippet").contains("&lt;script&gt;");
        String view = portal.get("/documents/" + q(documentId)).body();
        soft.assertThat(view).as("the document view").contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;b&gt;Title&lt;/b&gt;").contains("&lt;i&gt;Selected Works&lt;/i&gt;");
        soft.assertThat(portal.get("/cite/document/" + q(documentId)).body()).as("the citation page")
                .contains("&lt;b&gt;Title&lt;/b&gt;");
        soft.assertAll();
    }

    @Test
    void theApiCarriesMarkupAsDataAndItsHtmlFieldsEscapeIt() {
        JsonNode results = portal.json("/api/search?q=alert&size=50");
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode hit : results.get("hits")) {
            soft.assertThat(hit.get("snippetHtml").asText()).as("snippetHtml").doesNotContain("<script").doesNotContain("<img");
        }
        soft.assertThat(results.toString()).as("text fields keep the text as written").contains(SCRIPT);
        JsonNode quotations = portal.json("/api/quotations?q=alert");
        quotations.findValues("textHtml").forEach(t -> soft.assertThat(t.asText()).doesNotContain("<script"));
        soft.assertAll();
    }

    @Test
    void everyExportIsTextAndCsvCellsCannotStartAFormula() {
        List<String> kinds = new ArrayList<>();
        kinds.add("document/" + q(documentId));
        passageIds.forEach(id -> kinds.add("passage/" + q(id)));
        sourceIds.forEach(id -> kinds.add("source/" + q(id)));
        SoftAssertions soft = new SoftAssertions();
        for (String item : kinds) {
            for (String format : List.of("gbt7714", "bibtex", "ris", "csl-json")) {
                String path = "/api/cite/" + item + "/" + format;
                HttpResponse<String> file = portal.get(path);
                soft.assertThat(file.statusCode()).as(path).isEqualTo(200);
                soft.assertThat(file.headers().firstValue("content-type").orElse("")).as(path).doesNotContain("html");
                soft.assertThat(file.headers().firstValue("content-disposition").orElse("")).as(path).startsWith("attachment");
                securityHeaders(soft, path, file);
                if (format.equals("csl-json")) {
                    TestPortal.parse(file.body());
                }
            }
            HttpResponse<String> json = portal.get("/api/cite/" + item);
            soft.assertThat(json.statusCode()).as(item).isEqualTo(200);
            TestPortal.parse(json.body()).findValues("html").forEach(h -> soft.assertThat(h.asText()).doesNotContain("<script"));
        }
        soft.assertThat(portal.get("/api/cite/document/" + q(documentId) + "/bibtex").body()).as("BibTeX keeps the title")
                .contains("Markup");

        for (String path : List.of("/api/search/csv?q=alert", "/api/search/csv", "/api/quotations/csv")) {
            HttpResponse<String> csv = portal.get(path);
            soft.assertThat(csv.statusCode()).as(path).isEqualTo(200);
            soft.assertThat(csv.headers().firstValue("content-type").orElse("")).as(path).contains("text/csv");
            soft.assertThat(FORMULA_CELL.matcher(csv.body()).find()).as("%s has a cell starting a formula:%n%s", path, csv.body())
                    .isFalse();
            securityHeaders(soft, path, csv);
        }
        String csv = portal.get("/api/search/csv?q=alert").body();
        soft.assertThat(csv).as("the formula paragraph is neutralised").contains("\"'=HYPERLINK(");
        soft.assertAll();
    }

    @Test
    void apiFilesAndErrorsCarryTheSecurityHeadersToo() {
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of("/", "/api/search?q=alert", "/api/documents", "/health", "/documents/none",
                "/api/documents/none", "/api/search?page=-1", "/search?page=-1", "/no/such/page", "/static/portal.css",
                "/api/cite/document/" + q(documentId) + "/ris", "/documents/" + q(documentId) + "/original")) {
            HttpResponse<String> response = portal.get(path);
            soft.assertThat(response.statusCode()).as(path).isLessThan(500);
            securityHeaders(soft, path, response);
        }
        soft.assertAll();
    }

    static void securityHeaders(SoftAssertions soft, String path, HttpResponse<String> response) {
        soft.assertThat(response.headers().firstValue("content-security-policy").orElse("")).as("CSP of %s", path)
                .contains("frame-ancestors 'none'").contains("default-src 'none'").doesNotContain("unsafe-inline");
        soft.assertThat(response.headers().firstValue("x-content-type-options")).as("nosniff on %s", path).contains("nosniff");
        soft.assertThat(response.headers().firstValue("referrer-policy")).as("Referrer-Policy of %s", path).isPresent();
    }

}
