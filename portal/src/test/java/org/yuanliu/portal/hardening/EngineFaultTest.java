package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LocalElasticsearch;
import org.yuanliu.indexer.index.ElasticsearchConnection;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.portal.Corpus;
import org.yuanliu.portal.TestPortal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The engine stops while the portal runs: searches answer a friendly 503 (a page, or JSON for the API), /health is
 * DOWN; when a node comes back on the same data and port the portal serves again by itself, without a restart.
 * The test runs its own node (own home under target/, port 0) so that it can stop it.
 */
class EngineFaultTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void whenTheEngineStopsSearchesAnswer503AndTheyRecoverWhenItReturns() throws Exception {
        EngineSettings base = EngineSettings.fromEnvironment();
        Path home = Path.of("target", "engine-fault-" + UUID.randomUUID().toString().substring(0, 8));
        EngineSettings settings = new EngineSettings(home, 0, "256m", base.distributionZip(), base.account());
        LocalElasticsearch node = LocalElasticsearch.start(settings);
        TestPortal portal = null;
        try {
            URI url = node.url();
            String prefix = "fault";
            ElasticsearchClient client = ElasticsearchConnection.of(url).client();
            try {
                IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC());
                schema.ensure();
                Corpus.index(client, schema.alias(IndexKind.PASSAGES), List.of(Map.of("id", "p1", "document_id", "d1",
                        "document_title", "对外科技合作", "kind", "paragraph", "ordinal", 1, "page_start", 1,
                        "text", "同苏联的科技合作", "country", List.of("SU"))));
            } finally {
                client._transport().close();
            }
            portal = TestPortal.start(url, prefix);
            assertThat(hits(portal)).isEqualTo(1);
            assertThat(portal.get("/health").statusCode()).isEqualTo(200);

            // the node goes away
            node.close();
            for (String path : List.of("/api/search?q=" + q("苏联"), "/api/quotations?q=" + q("苏联"), "/api/sources",
                    "/api/documents", "/api/matrix", "/api/search/csv?q=" + q("苏联"))) {
                HttpResponse<String> api = timed(portal, path);
                assertThat(api.statusCode()).as(path).isEqualTo(503);
                assertThat(api.headers().firstValue("content-type")).as(path).hasValueSatisfying(
                        t -> assertThat(t).contains("application/json"));
                assertThat(TestPortal.parse(api.body()).get("message").asText()).as(path).contains("cannot be reached");
                assertThat(api.headers().firstValue("retry-after")).as(path).contains("30");
                assertNoInternals(path, api.body());
            }
            for (String path : List.of("/", "/search?q=" + q("苏联"), "/search?tab=quotations&q=" + q("苏联"),
                    "/search?tab=sources", "/search?tab=documents", "/matrix", "/documents/d1", "/sources/x",
                    "/cite/passage/p1", "/search?q=" + q("苏联") + "&lang=en")) {
                HttpResponse<String> page = timed(portal, path);
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.body()).as(path).contains("<html").containsAnyOf("检索引擎暂时无法访问", "search engine");
                assertThat(page.headers().firstValue("content-security-policy")).as(path).isPresent();
                assertNoInternals(path, page.body());
            }
            HttpResponse<String> health = timed(portal, "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            // for operators: the state and the kind of failure, never a trace
            assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("unreachable").doesNotContain("at org.")
                    .doesNotContain("Connection refused");

            // a node comes back on the same data and port: the same portal serves again
            node = LocalElasticsearch.start(settings.withHttpPort(url.getPort()));
            assertThat(node.url()).isEqualTo(url);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            int status = 0;
            while (Instant.now().isBefore(deadline)) {
                status = portal.get("/api/search?q=" + q("苏联")).statusCode();
                if (status == 200 && portal.get("/health").statusCode() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(status).as("the portal recovered within 60 s").isEqualTo(200);
            assertThat(hits(portal)).as("nothing was lost").isEqualTo(1);
            assertThat(portal.get("/search?q=" + q("苏联")).body()).contains("同<mark>苏联</mark>");
            assertThat(portal.get("/health").body()).contains("UP");
        } finally {
            if (portal != null) {
                portal.close();
            }
            node.close();
            deleteQuietly(home); // an unpacked distribution and a node's data: hundreds of MB
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // best effort: target/ is cleaned by the next mvn clean
        }
    }

    private static long hits(TestPortal portal) {
        return portal.json("/api/search?q=" + q("苏联")).get("total").asLong();
    }

    private static HttpResponse<String> timed(TestPortal portal, String path) {
        long start = System.nanoTime();
        HttpResponse<String> response = portal.get(path);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answer time of %s", path).isLessThan(BOUND);
        return response;
    }

    private static void assertNoInternals(String path, String body) {
        assertThat(body).as(path).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("co.elastic")
                .doesNotContain("Connection refused");
    }
}
