package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.portal.TestPortal;
import org.yuanliu.portal.ops.IndexingService;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * The local node the portal started dies (SIGKILL, as when the kernel's OOM killer picks it): the portal starts it
 * again on the same data and port by itself, /health counts the restart, and searches find what was indexed before.
 */
class LocalNodeSupervisionTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLocalNodeThatDiedIsStartedAgainOnItsDataAndPort(@TempDir Path dir) throws Exception {
        Path home = Path.of("target", "supervised-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.copy(Path.of(System.getProperty("yuanliu.samples", "../samples"), "cas-2020-istc-policy-evolution.pdf"),
                samples.resolve("cas-2020.pdf"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("yuanliu.elasticsearch.url", "");
        properties.put("yuanliu.engine.home", home.toString());
        properties.put("yuanliu.engine.port", 0);
        properties.put("yuanliu.engine.heap", "256m");
        properties.put("yuanliu.engine.supervision-interval", "1s");
        properties.put("yuanliu.index-prefix", "supervised");
        properties.put("yuanliu.admin.password", "not used here");
        properties.put("yuanliu.indexing.on-start", true);
        properties.put("yuanliu.indexing.samples", samples.toString());
        properties.put("yuanliu.indexing.uploads", dir.resolve("uploads").toString());
        properties.put("yuanliu.indexing.reports", dir.resolve("reports").toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            IndexingService indexing = server.getApplicationContext().getBean(IndexingService.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (Instant.now().isBefore(deadline) && (indexing.reports().isEmpty() || !indexing.reports().get(0).finished())) {
                Thread.sleep(200);
            }
            assertThat(indexing.reports().get(0).indexed()).isEqualTo(1);
            String search = "/api/search?q=" + q("科技");
            long before = total(get(server, search));
            assertThat(before).isPositive();
            assertThat(get(server, "/health").body()).contains("\"state\":\"running\"").contains("\"restarts\":0");

            long pid = Long.parseLong(Files.readString(home.resolve("node/node.pid")).strip());
            ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
            node.destroyForcibly();
            node.onExit().get();

            deadline = Instant.now().plus(Duration.ofSeconds(120));
            HttpResponse<String> health = get(server, "/health");
            while (Instant.now().isBefore(deadline) && !(health.statusCode() == 200
                    && health.body().contains("\"restarts\":1"))) {
                Thread.sleep(500);
                health = get(server, "/health");
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"restarts\":1").contains("\"state\":\"running\"")
                    .contains("\"last_restart\"");
            long restartedPid = Long.parseLong(Files.readString(home.resolve("node/node.pid")).strip());
            assertThat(restartedPid).as("a new process").isNotEqualTo(pid);
            assertThat(total(get(server, search))).as("the data survived").isEqualTo(before);
        }
        assertThat(home.resolve("node/node.pid")).as("closing the portal stopped the node it restarted").doesNotExist();
    }

    private HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
        URI uri = server.getURI().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long total(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestPortal.parse(response.body()).path("total").asLong();
    }
}
