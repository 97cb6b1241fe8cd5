package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.RealElasticsearch;

import com.fasterxml.jackson.databind.JsonNode;

/** Admin upload, delete and their protections, against a real node. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUploadTest {
    static final String SAMPLE = "cas-2020-istc-policy-evolution.pdf";
    static final String SAMPLE_TITLE = "我国国际科技合作政策演进研究及对新时期政策布局的思考";

    @TempDir
    static Path data;
    private AdminClient portal;
    private byte[] pdf;
    private java.net.URI engine;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexSchema schema) throws Exception {
        schema.ensure();
        engine = node.engine().url();
        portal = new AdminClient(AdminClient.properties(node.engine().url(), schema.prefix(), data));
        pdf = Files.readAllBytes(samples().resolve(SAMPLE));
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void anUnauthenticatedUploadIsRefused() {
        AdminClient anonymous = portal.newBrowser();
        HttpResponse<String> api = anonymous.upload("/admin/api/documents", "application/json", Map.of(),
                Map.of("x.pdf", pdf), Map.of());
        assertThat(api.statusCode()).isEqualTo(401);

        HttpResponse<String> form = anonymous.upload("/admin/upload", "text/html", Map.of(), Map.of("x.pdf", pdf), Map.of());
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));

        assertThat(anonymous.get("/admin/api/jobs", "application/json").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/admin", "text/html").statusCode()).isEqualTo(303);
        assertThat(data.resolve("uploads").resolve("x.pdf")).doesNotExist();
        // the public pages stay public
        assertThat(anonymous.get("/", "text/html").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/health", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        AdminClient other = portal.newBrowser();
        {
            HttpResponse<String> login = other.login("wrong password");
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
            assertThat(other.get("/admin/api/session", "application/json").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anUploadedPdfBecomesSearchableAndDeletingRemovesIt() {
        HttpResponse<String> login = portal.login(AdminClient.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/admin");

        // without the CSRF token nothing is stored
        HttpResponse<String> forged = portal.upload("/admin/api/documents", "application/json", Map.of(),
                Map.of("forged.pdf", pdf), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);

        String token = portal.apiToken();
        HttpResponse<String> upload = portal.upload("/admin/api/documents", "application/json",
                Map.of("csrfToken", token), Map.of("上传 " + SAMPLE, pdf), Map.of());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        JsonNode report = portal.awaitJob(AdminClient.json(upload).get("id").asText());
        assertThat(report.get("state").asText()).isEqualTo("done");
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("status").asText()).as(report.toString()).isEqualTo("indexed");
        assertThat(file.get("pages").asInt()).isEqualTo(7);
        String id = file.get("documentId").asText();

        // searchable at once, without a restart
        assertThat(portal.get("/api/documents/" + id, "application/json").statusCode()).isEqualTo(200);
        JsonNode hits = AdminClient.json(portal.get("/api/search?q=" + URLEncoder.encode("国际科技合作", StandardCharsets.UTF_8),
                "application/json"));
        assertThat(hits.toString()).contains(SAMPLE_TITLE);
        assertThat(uploaded("上传 " + SAMPLE)).hasSize(1);

        // the admin page lists it; delete through the HTML form with the page's CSRF token
        String page = portal.get("/admin", "text/html").body();
        assertThat(page).contains(SAMPLE_TITLE).contains("/admin/documents/" + id + "/delete");
        HttpResponse<String> delete = portal.postForm("/admin/documents/" + id + "/delete",
                Map.of("csrfToken", AdminClient.csrfTokenIn(page)));
        assertThat(delete.statusCode()).isEqualTo(303);
        String jobPage = delete.headers().firstValue("Location").orElseThrow();
        JsonNode deleted = portal.awaitJob(jobPage.substring(jobPage.lastIndexOf('/') + 1));
        assertThat(deleted.get("files").get(0).get("status").asText()).isEqualTo("deleted");
        assertThat(portal.get("/api/documents/" + id, "application/json").statusCode()).isEqualTo(404);
        assertThat(uploaded("上传 " + SAMPLE)).isEmpty();

        // the report stays retrievable, as JSON and as a page
        assertThat(AdminClient.json(portal.get("/admin/api/jobs", "application/json")).size()).isGreaterThanOrEqualTo(2);
        assertThat(portal.get(jobPage.replace(portal.uri("/").toString(), "/"), "text/html").body()).contains("deleted");
    }

    @Test
    void aFileThatIsNotAPdfIsReportedWithAClearReason() {
        portal.login(AdminClient.PASSWORD);
        HttpResponse<String> upload = portal.upload("/admin/api/documents", "application/json", Map.of(),
                Map.of("notes.pdf", "just some notes".getBytes(StandardCharsets.UTF_8),
                        "table.xlsx", new byte[] {'P', 'K', 3, 4}),
                Map.of("X-CSRF-Token", portal.apiToken()));
        assertThat(upload.statusCode()).isEqualTo(202);
        JsonNode report = portal.awaitJob(AdminClient.json(upload).get("id").asText());
        assertThat(report.get("files")).hasSize(2);
        assertThat(report.get("files")).allSatisfy(file -> assertThat(file.get("status").asText()).isEqualTo("failed"));
        assertThat(report.get("files")).extracting(f -> f.get("name").asText() + " " + f.get("reason").asText())
                .containsExactlyInAnyOrder("notes.pdf not_a_pdf", "table.xlsx not_supported");
        assertThat(report.toString()).contains("the file is not a PDF").contains("only PDF, OFD, Word");
        assertThat(AdminClient.json(portal.get("/admin/api/documents", "application/json"))).isEmpty();
    }

    @Test
    void aWordProcessorOrTextFileIsIndexedLikeAPdfAndATextNamedAsWordIsRefusedByItsContent() {
        portal.login(AdminClient.PASSWORD);
        byte[] notice = "关于加强国际科技合作的若干意见\n\n一、总体要求\n坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = portal.upload("/admin/api/documents", "application/json", Map.of(),
                Map.of("意见.txt", notice, "假的.docx", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                Map.of("X-CSRF-Token", portal.apiToken()));
        assertThat(upload.statusCode()).isEqualTo(202);
        JsonNode report = portal.awaitJob(AdminClient.json(upload).get("id").asText());
        assertThat(report.get("files")).extracting(f -> f.get("name").asText() + " " + f.get("status").asText())
                .containsExactlyInAnyOrder("意见.txt indexed", "假的.docx failed");
        assertThat(report.toString()).contains("not a PDF, OFD, Word, OpenDocument, HTML or text file");
        assertThat(uploaded("意见.txt")).hasSize(1);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimit(@TempDir Path other) {
        Map<String, Object> properties = AdminClient.properties(engine, "unused-prefix", other);
        properties.put("micronaut.server.multipart.max-file-size", "16KB");
        try (AdminClient small = new AdminClient(properties)) {
            small.login(AdminClient.PASSWORD);
            HttpResponse<String> upload = small.upload("/admin/api/documents", "application/json", Map.of(),
                    Map.of(SAMPLE, pdf), Map.of("X-CSRF-Token", small.apiToken()));
            assertThat(upload.statusCode()).isEqualTo(413);
            assertThat(upload.body()).contains("16 KB");
        }
    }

    /** The uploaded files of that name (each upload is kept in a folder of its own). */
    private static java.util.List<Path> uploaded(String name) {
        try (var files = Files.walk(data.resolve("uploads"))) {
            return files.filter(f -> f.getFileName().toString().equals(name)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path samples() {
        return Path.of(System.getProperty("yuanliu.samples", "../samples"));
    }
}
