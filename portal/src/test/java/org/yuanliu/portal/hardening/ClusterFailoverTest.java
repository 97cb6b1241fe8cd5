package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.portal.TestPortal.q;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LoopbackCluster;
import org.yuanliu.indexer.index.ElasticsearchConnection;
import org.yuanliu.indexer.index.IndexCheck;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Outcome;
import org.yuanliu.indexer.pipeline.Summary;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;
import org.yuanliu.portal.TestPortal;

import com.fasterxml.jackson.databind.JsonNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

/**
 * Three nodes on loopback forming one cluster, the indices with one replica, the indexer and the portal given all
 * three URLs, the first listed first. That node is killed (SIGKILL) while the indexer writes, brought back, and
 * killed again while the portal answers searches: every file is indexed and consistent, every search answers with
 * the same hits, /health stays UP, and the cluster is green again once the node is back. Tagged "cluster": run by
 * {@code -Pcluster} (about two minutes, three 384 MB nodes).
 */
@Tag("cluster")
class ClusterFailoverTest {
    private static final Duration GREEN = Duration.ofSeconds(120);

    @Test
    void theFirstListedNodeDiesDuringIndexingAndDuringSearchingAndNothingIsLost() throws Exception {
        Path home = Path.of("target", "cluster-" + UUID.randomUUID().toString().substring(0, 8));
        try (LoopbackCluster cluster = LoopbackCluster.start(EngineSettings.fromEnvironment(), home, 3, "384m")) {
            List<URI> urls = cluster.urls();
            String listed = String.join(",", urls.stream().map(URI::toString).toList());
            ElasticsearchConnection connection = new ElasticsearchConnection(urls, Optional.empty(), Optional.empty(),
                    Optional.empty());
            try (ElasticsearchClient client = connection.client()) {
                String prefix = "cluster";
                IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC(), OptionalInt.of(1));
                schema.ensure();
                waitFor(client, HealthStatus.Green);

                // indexing: the first listed node dies after the first file is written
                List<InputFiles.Input> inputs = InputFiles.expand(corpus());
                assertThat(inputs).hasSizeGreaterThanOrEqualTo(5);
                IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
                AtomicBoolean killed = new AtomicBoolean();
                List<Outcome> afterKill = new ArrayList<>();
                Summary summary;
                try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(),
                        writer, 1, Duration.ofSeconds(180))) {
                    summary = indexer.index(inputs, false, outcome -> {
                        if (killed.get()) {
                            afterKill.add(outcome);
                        } else if (killed.compareAndSet(false, true)) {
                            cluster.kill(0);
                        }
                    });
                }
                assertThat(afterKill).as("files written after the node died").hasSizeGreaterThanOrEqualTo(3);
                assertThat(summary.failures()).as("failures").isEmpty();
                assertThat(summary.count(Outcome.Status.INDEXED)).isEqualTo(inputs.size());
                assertThat(writer.registered()).as("every document is in the index").hasSize(inputs.size());
                IndexCheck.Findings findings = new IndexCheck(client, IndexTargets.aliases(schema), Clock.systemUTC())
                        .check();
                assertThat(findings.clean()).as("no cut-off write, dangling or incomplete record: " + findings).isTrue();

                cluster.restart(0);
                waitFor(client, HealthStatus.Green);

                // searching: the same node dies while the portal answers
                try (TestPortal portal = TestPortal.start(urls.get(0), prefix, Map.of(
                        "yuanliu.elasticsearch.url", listed, "yuanliu.indexing.replicas", "1"))) {
                    List<String> searches = List.of("/api/search?q=" + q("科技合作"), "/api/search?q=" + q("苏联"),
                            "/api/sources", "/api/documents");
                    List<Long> expected = new ArrayList<>();
                    for (String path : searches) {
                        expected.add(total(portal.json(path)));
                    }
                    assertThat(expected.get(0)).isPositive();
                    Instant killAt = Instant.now().plusSeconds(3);
                    Instant until = killAt.plusSeconds(12);
                    int answered = 0;
                    boolean killedWhileSearching = false;
                    while (Instant.now().isBefore(until)) {
                        if (!killedWhileSearching && Instant.now().isAfter(killAt)) {
                            cluster.kill(0);
                            killedWhileSearching = true;
                        }
                        for (int i = 0; i < searches.size(); i++) {
                            HttpResponse<String> response = portal.get(searches.get(i));
                            assertThat(response.statusCode()).as(searches.get(i) + " " + response.body()).isEqualTo(200);
                            assertThat(total(TestPortal.parse(response.body()))).as(searches.get(i))
                                    .isEqualTo(expected.get(i));
                            answered++;
                        }
                    }
                    assertThat(answered).isGreaterThan(20);
                    JsonNode health = health(portal);
                    assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
                    assertThat(health.toString()).contains("\"nodes\":2");

                    cluster.restart(0);
                    waitFor(client, HealthStatus.Green);
                    health = health(portal);
                    assertThat(health.toString()).as("the cluster is whole again").contains("\"cluster\":\"green\"")
                            .contains("\"nodes\":3");
                }
            }
        }
    }

    /** The samples and the evaluation corpus typeset by other producers (not its scans: OCR is slow). */
    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of(System.getProperty("yuanliu.samples", "../samples"))));
        try (Stream<Path> evaluation = Files.list(Path.of("../evaluation/corpus"))) {
            evaluation.filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .filter(p -> !p.getFileName().toString().startsWith("scan-")).sorted().forEach(files::add);
        }
        return files;
    }

    private static long total(JsonNode body) {
        JsonNode total = body.path("total");
        assertThat(total.isMissingNode()).as("a total in " + body).isFalse();
        return total.isObject() ? total.path("value").asLong() : total.asLong();
    }

    private static JsonNode health(TestPortal portal) {
        return TestPortal.parse(portal.get("/health").body());
    }

    private static void waitFor(ElasticsearchClient client, HealthStatus status) throws IOException {
        Instant deadline = Instant.now().plus(GREEN);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.cluster().health(h -> h.waitForStatus(status).timeout(t -> t.time("10s"))).status() == status) {
                    return;
                }
            } catch (IOException stillForming) {
                // a member that is starting again may refuse a request
            }
        }
        throw new AssertionError("the cluster did not become " + status.jsonValue() + " within " + GREEN.toSeconds() + " s");
    }
}
