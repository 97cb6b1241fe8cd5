package org.yuanliu.portal;

import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.IndexedSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The original PDF behind a search hit opens at the hit's page. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OriginalFileTest {
    private static final Path SAMPLES = Path.of(System.getProperty("yuanliu.samples", "../samples")).toAbsolutePath();
    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples) {
        portal = TestPortal.start(node.engine().url(), samples.prefix(), Map.of(
                "yuanliu.indexing.samples", SAMPLES.toString(), "yuanliu.indexing.on-start", false));
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aHitLinksToItsPageOfTheOriginalPdfWhichIsServedInline() throws Exception {
        String hits = portal.get("/search?q=" + q("\"隔绝了新中国与世界科技强国\"")).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/documents/([0-9a-f]+)/original#page=2").matcher(hits);
        assertThat(link.find()).as("a link to page 2 of the original").isTrue();

        HttpResponse<byte[]> pdf = bytes("/documents/" + link.group(1) + "/original");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(pdf.body()).isEqualTo(Files.readAllBytes(SAMPLES.resolve("party-history-2024-istc-exchange.pdf")));
    }

    @Test
    void anUnknownDocumentHasNoOriginal() throws Exception {
        assertThat(bytes("/documents/no-such-document/original").statusCode()).isEqualTo(404);
    }
}
