package org.yuanliu.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexRecords;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Faults during indexing: nothing already indexed is lost, nothing is left half-written. */
@ExtendWith(RealElasticsearch.class)
class FaultToleranceTest {

    private static Summary index(ElasticsearchClient client, IndexTargets targets, List<Path> paths) throws IOException {
        IndexWriter writer = new IndexWriter(client, targets, Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 2,
                Duration.ofSeconds(120))) {
            return indexer.index(InputFiles.expand(paths), false, Progress.NONE);
        }
    }

    private static Set<String> ids(ElasticsearchClient client, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        Set<String> ids = new TreeSet<>();
        client.search(s -> s.index(index).size(5000).source(src -> src.fetch(false)), Map.class).hits().hits()
                .forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** Every document record's passages exist, and no passage belongs to a document without a record. */
    @SuppressWarnings("unchecked")
    private static void assertConsistent(ElasticsearchClient client, IndexSchema schema) throws IOException {
        String documents = schema.alias(IndexKind.DOCUMENTS);
        client.indices().refresh(r -> r.index(documents));
        Set<String> expected = new TreeSet<>();
        for (var hit : client.search(s -> s.index(documents).size(1000), Map.class).hits().hits()) {
            int count = ((Number) hit.source().get("passage_count")).intValue();
            for (int i = 0; i < count; i++) {
                expected.add(IndexRecords.passageId(hit.id(), i));
            }
        }
        assertThat(ids(client, schema.alias(IndexKind.PASSAGES))).isEqualTo(expected);
    }

    @Test
    void killedMidRunThenRunAgainLeavesAConsistentIndex(ElasticsearchClient client, IndexSchema schema,
                                                       RealElasticsearch.Node node, @TempDir Path dir) throws Exception {
        for (int i = 0; i < 48; i++) {
            // distinct bytes (a trailing comment, which PDF readers ignore): 48 documents, not 2 with 24 locations each
            Path copy = dir.resolve("copy-" + i + ".pdf");
            Files.copy(Samples.file(i % 2 == 0 ? Samples.CAS : Samples.PARTY_HISTORY), copy);
            Files.writeString(copy, "\n% copy " + i + "\n", java.nio.file.StandardOpenOption.APPEND);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.yuanliu.indexer.cli.IndexerCli", dir.toString(),
                "--es", node.engine().url().toString(), "--prefix", schema.prefix(), "--threads", "1"));
        Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Kill it hard once some documents are in and others are not.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && first.isAlive() && documents(client, schema) < 1) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor();
        assertThat(documents(client, schema)).isLessThan(48);

        Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(second.getInputStream().readAllBytes());
        assertThat(second.waitFor()).as(output).isZero();
        assertThat(output).contains("failed 0");
        assertThat(documents(client, schema)).isEqualTo(48);
        assertConsistent(client, schema);
    }

    private static long documents(ElasticsearchClient client, IndexSchema schema) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(schema.alias(IndexKind.DOCUMENTS))).value()) {
            return 0;
        }
        // Realtime: count what is written, refreshed or not.
        client.indices().refresh(r -> r.index(schema.alias(IndexKind.DOCUMENTS)));
        return client.count(c -> c.index(schema.alias(IndexKind.DOCUMENTS))).count();
    }

    @Test
    void aRebuildThatFailsMidwayLeavesThePreviousIndexServing(ElasticsearchClient client, IndexSchema schema) throws IOException {
        schema.ensure();
        index(client, IndexTargets.aliases(schema), List.of(Samples.file(Samples.CAS)));
        Set<String> before = schema.concreteIndices(schema.alias(IndexKind.PASSAGES));
        Set<String> passages = ids(client, schema.alias(IndexKind.PASSAGES));

        assertThatThrownBy(() -> new Rebuild(schema).run(fresh -> {
            index(client, fresh, List.of(Samples.file(Samples.PARTY_HISTORY)));
            throw new IOException("the node went away");
        })).hasMessageContaining("went away");

        assertThat(schema.concreteIndices(schema.alias(IndexKind.PASSAGES))).isEqualTo(before);
        assertThat(ids(client, schema.alias(IndexKind.PASSAGES))).isEqualTo(passages);
        assertThat(client.indices().get(g -> g.index(schema.prefix() + "-*")).result()).hasSize(IndexKind.values().length);

        Summary rebuilt = new Rebuild(schema).run(fresh -> index(client, fresh, List.of(Samples.file(Samples.PARTY_HISTORY))));
        assertThat(rebuilt.count(Outcome.Status.INDEXED)).isEqualTo(1);
        assertThat(schema.concreteIndices(schema.alias(IndexKind.PASSAGES))).doesNotContainAnyElementsOf(before);
        assertThat(client.indices().get(g -> g.index(schema.prefix() + "-*")).result()).hasSize(IndexKind.values().length);
    }

    @Test
    void aReadOnlyIndexGivesAClearErrorAndLosesNothing(ElasticsearchClient client, IndexSchema schema) throws IOException {
        schema.ensure();
        index(client, IndexTargets.aliases(schema), List.of(Samples.file(Samples.CAS)));
        Set<String> passages = ids(client, schema.alias(IndexKind.PASSAGES));
        String alias = schema.alias(IndexKind.PASSAGES);
        client.indices().putSettings(p -> p.index(alias).settings(s -> s.blocks(b -> b.write(true))));
        try {
            IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
            DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
            Path file = Samples.file(Samples.PARTY_HISTORY);
            var document = EnrichmentChain.standard().apply(reader.read(file, reader.identify(file)));
            String location = "file:" + file.toAbsolutePath();
            assertThatThrownBy(() -> writer.write(new IndexWriter.Write(document, List.of(location), location, List.of())))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("read-only").hasMessageContaining("documents indexed before are unchanged");
        } finally {
            client.indices().putSettings(p -> p.index(alias).settings(s -> s.blocks(b -> b.write(false))));
        }
        assertThat(ids(client, alias)).isEqualTo(passages);
    }
}
