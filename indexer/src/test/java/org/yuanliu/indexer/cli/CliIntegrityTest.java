package org.yuanliu.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.FailingTransport;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import picocli.CommandLine;

/** The command line as an adversarial user tries it: same names, a rebuild after files moved, a cut-off write. */
@ExtendWith(RealElasticsearch.class)
class CliIntegrityTest {

    private record Run(int status, String out) {
    }

    private static Run indexer(RealElasticsearch.Node node, IndexSchema schema, Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--es", node.engine().url().toString(), "--prefix", schema.prefix(),
                "--samples", dir.resolve("samples").toString(), "--uploads", dir.resolve("uploads").toString()));
        return execute(all);
    }

    private static Run execute(List<String> all) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            int status = new CommandLine(new IndexerCli()).execute(all.toArray(String[]::new));
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static long documents(ElasticsearchClient client, IndexSchema schema) throws IOException {
        return new IndexWriter(client, IndexTargets.aliases(schema), java.time.Clock.systemUTC()).registered().size();
    }

    @Test
    void sameNamesStayTwoDocumentsAndARebuildKeepsWhatItCannotRead(RealElasticsearch.Node node, IndexSchema schema,
                                                                   @TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("dirA"));
        Path b = Files.createDirectories(dir.resolve("dirB"));
        Files.copy(Samples.file(Samples.CAS), a.resolve("通知.pdf"));
        Files.copy(Samples.file(Samples.PARTY_HISTORY), b.resolve("通知.pdf"));

        Run indexed = indexer(node, schema, dir, a.resolve("通知.pdf").toString(), b.resolve("通知.pdf").toString());
        assertThat(indexed.status()).as(indexed.out()).isZero();
        assertThat(indexed.out()).contains("Indexed 2, unchanged 0, failed 0");
        assertThat(documents(node.client(), schema)).isEqualTo(2);

        Files.delete(b.resolve("通知.pdf"));
        Run rebuilt = indexer(node, schema, dir, "--rebuild");
        assertThat(rebuilt.status()).as(rebuilt.out()).isZero();
        assertThat(rebuilt.out()).contains("Indexed 1").contains("KEPT from the previous index 通知.pdf")
                .contains("cannot read file:" + b.toRealPath().resolve("通知.pdf"));
        assertThat(documents(node.client(), schema)).isEqualTo(2);

        Run dropped = indexer(node, schema, dir, "--rebuild", "--drop-unreadable");
        assertThat(dropped.out()).contains("DROPPED 通知.pdf");
        assertThat(documents(node.client(), schema)).isEqualTo(1);
    }

    @Test
    void severalNodeUrlsFailOverToOneThatAnswersAndReplicasAreSetOnEveryIndex(RealElasticsearch.Node node,
            IndexSchema schema, @TempDir Path dir) throws IOException {
        Path file = Files.copy(Samples.file(Samples.CAS), Files.createDirectories(dir.resolve("in")).resolve("a.pdf"));
        // the first node listed does not answer (nothing listens on port 1): every request goes on to the next
        String urls = "http://127.0.0.1:1, " + node.engine().url();
        List<String> all = new ArrayList<>(List.of(file.toString(), "--es", urls, "--replicas", "1", "--prefix",
                schema.prefix() + "-nodes", "--samples", dir.resolve("samples").toString(), "--uploads",
                dir.resolve("uploads").toString()));
        Run run = execute(all);
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("Indexed 1, unchanged 0, failed 0");
        IndexSchema nodes = new IndexSchema(node.client(), schema.prefix() + "-nodes", java.time.Clock.systemUTC());
        for (IndexKind kind : IndexKind.values()) {
            var settings = node.client().indices().getSettings(g -> g.index(nodes.alias(kind))).result();
            assertThat(settings.values()).as(kind.toString()).allSatisfy(index ->
                    assertThat(index.settings().index().numberOfReplicas()).isEqualTo("1"));
        }
    }

    @Test
    void aMalformedNodeUrlOrReplicaCountIsNamedWithWhatToWrite(@TempDir Path dir) {
        Run url = execute(List.of(dir.toString(), "--es", "http://127.0.0.1:9200,ftp//nowhere"));
        assertThat(url.status()).isEqualTo(2);
        assertThat(url.out()).contains("--es (ELASTICSEARCH_URL): 'ftp//nowhere' is not an http(s) URL")
                .doesNotContain("at org.");
        Run replicas = execute(List.of(dir.toString(), "--replicas", "two"));
        assertThat(replicas.status()).isEqualTo(2);
        assertThat(replicas.out()).contains("--replicas (YUANLIU_INDEX_REPLICAS) must be a number of 0 or more, got 'two'");
    }

    @Test
    void checkFindsACutOffWriteAndRepairMendsIt(RealElasticsearch.Node node, IndexSchema schema, @TempDir Path dir)
            throws IOException {
        schema.ensure();
        FailingTransport dying = new FailingTransport((ElasticsearchTransport) node.client()._transport(), 2,
                FailingTransport.Moment.AFTER_APPLYING);
        IndexWriter writer = new IndexWriter(new ElasticsearchClient(dying), IndexTargets.aliases(schema),
                java.time.Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 1,
                ReaderLimits.DEFAULTS.timeout())) {
            indexer.index(InputFiles.expand(List.of(Samples.file(Samples.PARTY_HISTORY))), false, Progress.NONE);
        } catch (IOException engineGone) {
            // the engine died during the write
        }
        assertThat(dying.failed()).isTrue();

        Run check = indexer(node, schema, dir, "check");
        assertThat(check.status()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("1 cut-off writes").containsPattern("[1-9][0-9]* dangling citations")
                .contains("which has no document record");

        Run repair = indexer(node, schema, dir, "check", "--repair");
        assertThat(repair.status()).as(repair.out()).isZero();
        assertThat(repair.out()).contains("Repaired: the index is consistent.");
        assertThat(indexer(node, schema, dir, "check").out()).contains("The index is consistent.");
    }
}
