package org.yuanliu.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.portal.engine.EngineEndpoint;
import org.yuanliu.portal.engine.LocalNode;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * Which Elasticsearch the portal uses: a configured URL (no local node is started), or else its local node — here
 * the test node already running on the same data directory, which it reuses rather than starting a second one.
 */
@ExtendWith(RealElasticsearch.class)
class EngineSelectionTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aConfiguredUrlIsUsedAndNoLocalNodeStarts(RealElasticsearch.Node node, IndexSchema schema, @TempDir Path dir)
            throws Exception {
        Path localHome = dir.resolve("engine");
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples);
        Files.copy(samplesDir().resolve("cas-2020-istc-policy-evolution.pdf"), samples.resolve("cas-2020.pdf"));

        Map<String, Object> properties = properties(dir, schema.prefix());
        properties.put("yuanliu.elasticsearch.url", node.engine().url().toString());
        properties.put("yuanliu.engine.home", localHome.toString());
        properties.put("yuanliu.indexing.on-start", true);
        properties.put("yuanliu.indexing.samples", samples.toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(server.getApplicationContext().findBean(LocalNode.class)).isEmpty();
            EngineEndpoint endpoint = server.getApplicationContext().getBean(EngineEndpoint.class);
            assertThat(endpoint.local()).isFalse();
            assertThat(endpoint.urls()).containsExactly(node.engine().url());

            // the samples are indexed in the background at start, into the configured cluster
            IndexingReport startup = awaitStartup(server.getApplicationContext().getBean(IndexingService.class));
            assertThat(startup.state()).isEqualTo("done");
            assertThat(startup.indexed()).isEqualTo(1);
            assertThat(node.client().count(c -> c.index(schema.prefix() + "-documents")).count()).isEqualTo(1);
            assertThat(Files.list(dir.resolve("reports")).toList()).hasSize(1);

            HttpResponse<String> health = get(server.getURI().resolve("/health"));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"node\":\"external\"").contains(node.engine().url().toString());

            HttpResponse<String> metrics = get(server.getURI().resolve("/prometheus"));
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("yuanliu_indexing_files_total").contains("jvm_memory_used_bytes");
        }
        assertThat(localHome).as("no local node was installed or started").doesNotExist();
    }

    @Test
    void withoutAUrlTheLocalNodeOnTheSameDataIsReusedNotDuplicated(RealElasticsearch.Node node, IndexSchema schema,
                                                                  @TempDir Path dir) throws Exception {
        Map<String, Object> properties = properties(dir, schema.prefix());
        properties.put("yuanliu.elasticsearch.url", "");
        properties.put("yuanliu.engine.home", node.engine().settings().home().toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            LocalNode local = server.getApplicationContext().getBean(LocalNode.class);
            assertThat(local.owned()).isFalse();
            assertThat(local.url()).isEqualTo(node.engine().url());
            assertThat(server.getApplicationContext().getBean(EngineEndpoint.class).local()).isTrue();
        }
        // closing the portal did not stop the node it reused
        assertThat(node.client().cluster().health().status()).isNotNull();
    }

    private static Map<String, Object> properties(Path dir, String prefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("yuanliu.index-prefix", prefix);
        properties.put("yuanliu.admin.password", "not used here");
        properties.put("yuanliu.indexing.uploads", dir.resolve("uploads").toString());
        properties.put("yuanliu.indexing.reports", dir.resolve("reports").toString());
        return properties;
    }

    private static IndexingReport awaitStartup(IndexingService indexing) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            List<IndexingReport> reports = indexing.reports();
            if (!reports.isEmpty() && reports.get(0).finished()) {
                return reports.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the startup indexing did not finish: " + indexing.reports());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path samplesDir() {
        return Path.of(System.getProperty("yuanliu.samples", "../samples"));
    }
}
