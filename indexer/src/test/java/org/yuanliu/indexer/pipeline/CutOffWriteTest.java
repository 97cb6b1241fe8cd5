package org.yuanliu.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.FailingTransport;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.indexer.index.IndexCheck;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;

/**
 * The engine dies at each moment of a write (before and after each of its bulk requests). Whatever it kept, the
 * next writer — or {@code indexer check --repair} — leaves the document either wholly there or wholly absent, and
 * no source lists a citation from a document that does not exist.
 */
@ExtendWith(RealElasticsearch.class)
class CutOffWriteTest {
    private static final CorpusRoots ROOTS = new CorpusRoots(Path.of("samples"), Path.of("uploads"));

    static List<Arguments> moments() {
        List<Arguments> moments = new java.util.ArrayList<>();
        // a write is four bulks: the journal entry, the records and citations, the document record, the journal's end
        for (int bulk = 1; bulk <= 4; bulk++) {
            for (FailingTransport.Moment moment : FailingTransport.Moment.values()) {
                moments.add(Arguments.of(bulk, moment));
            }
        }
        return moments;
    }

    private static Summary index(ElasticsearchClient client, IndexSchema schema, Path file) throws IOException {
        IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 1,
                Duration.ofSeconds(120))) {
            return indexer.index(InputFiles.expand(List.of(file), ROOTS), false, Progress.NONE);
        }
    }

    @ParameterizedTest(name = "engine dies at bulk {0}, {1}")
    @MethodSource("moments")
    void aWriteCutOffAtAnyMomentLeavesNothingDangling(int bulk, FailingTransport.Moment moment, ElasticsearchClient client,
                                                      IndexSchema schema) throws IOException {
        schema.ensure();
        index(client, schema, Samples.file(Samples.CAS));
        String party = DocumentReader.documentId(ContentHash.of(Samples.file(Samples.PARTY_HISTORY)));

        FailingTransport dying = new FailingTransport((ElasticsearchTransport) client._transport(), bulk, moment);
        ElasticsearchClient doomed = new ElasticsearchClient(dying);
        try {
            index(doomed, schema, Samples.file(Samples.PARTY_HISTORY));
        } catch (IOException engineGone) {
            // what a user sees when the engine dies mid-upload
        }
        assertThat(dying.failed()).isTrue();

        // the node comes back and shows whatever it kept (a restart opens every shard anew)
        new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC()).refresh();

        // the next writer recovers before it writes: the cut-off document is wholly there or wholly absent
        index(client, schema, Samples.file(Samples.CAS));
        assertWholeOrAbsent(client, schema, party);
        assertClean(client, schema);

        // and indexing it again completes it
        assertThat(index(client, schema, Samples.file(Samples.PARTY_HISTORY)).failures()).isEmpty();
        assertThat(documents(client, schema)).contains(party);
        assertClean(client, schema);
    }

    /** The moment that leaves the most behind: records and citations applied, no document record. */
    @Test
    void checkFindsWhatACutOffWriteLeftAndRepairsIt(ElasticsearchClient client, IndexSchema schema) throws IOException {
        schema.ensure();
        index(client, schema, Samples.file(Samples.CAS));
        FailingTransport dying = new FailingTransport((ElasticsearchTransport) client._transport(), 2,
                FailingTransport.Moment.AFTER_APPLYING);
        assertThatThrownBy(() -> index(new ElasticsearchClient(dying), schema, Samples.file(Samples.PARTY_HISTORY)))
                .isInstanceOf(IOException.class);
        IndexCheck check = new IndexCheck(client, IndexTargets.aliases(schema), Clock.systemUTC());

        IndexCheck.Findings found = check.check();
        assertThat(found.pendingWrites()).isEqualTo(1);
        assertThat(found.danglingCitationCount()).isPositive();
        assertThat(found.orphanPassages()).isNotEmpty();

        check.repair();
        assertClean(client, schema);
        assertThat(documents(client, schema)).hasSize(1);
    }

    @Test
    void theIdOfAFailedWriteCanBeDeleted(ElasticsearchClient client, IndexSchema schema) throws IOException {
        schema.ensure();
        index(client, schema, Samples.file(Samples.CAS));
        String party = DocumentReader.documentId(ContentHash.of(Samples.file(Samples.PARTY_HISTORY)));
        FailingTransport dying = new FailingTransport((ElasticsearchTransport) client._transport(), 2,
                FailingTransport.Moment.AFTER_APPLYING);
        assertThatThrownBy(() -> index(new ElasticsearchClient(dying), schema, Samples.file(Samples.PARTY_HISTORY)))
                .isInstanceOf(IOException.class);
        IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
        writer.refresh();

        assertThat(writer.delete(party)).as("the failed document's records are found and removed").isTrue();
        writer.refresh();
        assertClean(client, schema);
    }

    private static void assertWholeOrAbsent(ElasticsearchClient client, IndexSchema schema, String id) throws IOException {
        IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
        var stored = writer.stored(id);
        Set<String> passages = recordIds(client, schema.alias(IndexKind.PASSAGES), id);
        if (stored.isEmpty()) {
            assertThat(passages).as("passages of a document that does not exist").isEmpty();
        } else {
            assertThat(passages).hasSize(stored.get().passages());
        }
    }

    private static void assertClean(ElasticsearchClient client, IndexSchema schema) throws IOException {
        IndexCheck.Findings findings = new IndexCheck(client, IndexTargets.aliases(schema), Clock.systemUTC()).check();
        assertThat(findings.danglingCitations()).as("citations from documents that do not exist").isEmpty();
        assertThat(findings.orphanPassages()).isEmpty();
        assertThat(findings.orphanQuotations()).isEmpty();
        assertThat(findings.incomplete()).isEmpty();
        assertThat(findings.pendingWrites()).isZero();
    }

    private static Set<String> documents(ElasticsearchClient client, IndexSchema schema) throws IOException {
        Set<String> ids = new TreeSet<>();
        new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC()).registered().forEach(d -> ids.add(d.id()));
        return ids;
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> recordIds(ElasticsearchClient client, String index, String documentId) throws IOException {
        client.indices().refresh(r -> r.index(index));
        Set<String> ids = new TreeSet<>();
        client.search(s -> s.index(index).size(5000).query(q -> q.term(t -> t.field("document_id").value(documentId)))
                .source(src -> src.fetch(false)), Map.class).hits().hits().forEach(h -> ids.add(h.id()));
        return ids;
    }
}
