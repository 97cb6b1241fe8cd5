package org.yuanliu.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.index.IndexCheck;
import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * A document is its bytes, known by every location they were found at: same names never merge two files, the same
 * bytes never make two documents, an edited file replaces its earlier version, and a rebuild forgets nothing.
 */
@ExtendWith(RealElasticsearch.class)
class DocumentIdentityTest {

    private static CorpusRoots roots(Path dir) {
        return new CorpusRoots(dir.resolve("samples"), dir.resolve("uploads"));
    }

    private static Summary index(ElasticsearchClient client, IndexTargets targets, List<InputFiles.Input> inputs,
                                 boolean force) throws IOException {
        IndexWriter writer = new IndexWriter(client, targets, Clock.systemUTC());
        try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 2,
                Duration.ofSeconds(120))) {
            return indexer.index(inputs, force, Progress.NONE);
        }
    }

    private static Summary index(ElasticsearchClient client, IndexSchema schema, CorpusRoots roots, Path... paths)
            throws IOException {
        schema.ensure();
        return index(client, IndexTargets.aliases(schema), InputFiles.expand(List.of(paths), roots), false);
    }

    private static IndexWriter writer(ElasticsearchClient client, IndexSchema schema) {
        return new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
    }

    private static Map<String, IndexWriter.Stored> documents(ElasticsearchClient client, IndexSchema schema)
            throws IOException {
        Map<String, IndexWriter.Stored> byId = new java.util.TreeMap<>();
        writer(client, schema).registered().forEach(d -> byId.put(d.id(), d));
        return byId;
    }

    private static Path copy(String sample, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(Samples.file(sample), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Set<String> documentIdsIn(ElasticsearchClient client, String index, String field) throws IOException {
        client.indices().refresh(r -> r.index(index));
        Set<String> ids = new TreeSet<>();
        client.search(s -> s.index(index).size(0).aggregations("ids", a -> a.terms(t -> t.field(field).size(1000))),
                Map.class).aggregations().get("ids").sterms().buckets().array().forEach(b -> ids.add(b.key().stringValue()));
        return ids;
    }

    private static void assertConsistent(ElasticsearchClient client, IndexSchema schema) throws IOException {
        IndexCheck.Findings findings = new IndexCheck(client, IndexTargets.aliases(schema), Clock.systemUTC()).check();
        assertThat(findings.danglingCitations()).as("citations of documents that do not exist").isEmpty();
        assertThat(findings.orphanPassages()).as("passages without their document").isEmpty();
        assertThat(findings.orphanQuotations()).as("quotations without their document").isEmpty();
        assertThat(findings.incomplete()).as("documents without their passages").isEmpty();
        assertThat(findings.pendingWrites()).as("cut-off writes").isZero();
    }

    @Test
    void twoFilesWithTheSameNameInTwoDirectoriesAreTwoDocuments(ElasticsearchClient client, IndexSchema schema,
                                                                 @TempDir Path dir) throws IOException {
        Path a = copy(Samples.CAS, dir.resolve("a/通知.pdf"));
        Path b = copy(Samples.PARTY_HISTORY, dir.resolve("b/通知.pdf"));

        Summary summary = index(client, schema, roots(dir), a, b);

        assertThat(summary.count(Outcome.Status.INDEXED)).isEqualTo(2);
        Map<String, IndexWriter.Stored> documents = documents(client, schema);
        assertThat(documents).hasSize(2);
        assertThat(documents.values()).extracting(d -> d.locations().get(0))
                .containsExactlyInAnyOrder("file:" + a.toRealPath(), "file:" + b.toRealPath());
        // each document's passages are its own file's
        assertThat(documentIdsIn(client, schema.alias(IndexKind.PASSAGES), "document_id")).isEqualTo(documents.keySet());
        assertConsistent(client, schema);
    }

    @Test
    void theSameBytesUnderTwoNamesAreOneDocumentKnownByBoth(ElasticsearchClient client, IndexSchema schema,
                                                            @TempDir Path dir) throws IOException {
        Path first = copy(Samples.CAS, dir.resolve("samples/政策.pdf"));
        Path second = copy(Samples.CAS, dir.resolve("samples/副本/政策-副本.pdf"));

        Summary summary = index(client, schema, roots(dir), first, second);

        assertThat(summary.count(Outcome.Status.INDEXED)).isEqualTo(1);
        assertThat(summary.outcomes().get(1).message()).contains("the same content as samples:政策.pdf");
        Map<String, IndexWriter.Stored> documents = documents(client, schema);
        assertThat(documents).hasSize(1);
        IndexWriter.Stored document = documents.values().iterator().next();
        assertThat(document.id()).isEqualTo(DocumentReader.documentId(ContentHash.of(first)));
        assertThat(document.locations()).containsExactly("samples:政策.pdf", "samples:副本/政策-副本.pdf");

        // indexed again in another run: nothing changes, both locations stay
        Summary again = index(client, schema, roots(dir), dir.resolve("samples"));
        assertThat(again.count(Outcome.Status.UNCHANGED)).isEqualTo(2);
        assertThat(documents(client, schema).values().iterator().next().locations()).hasSize(2);
    }

    @Test
    void anEditedFileAtTheSameLocationReplacesItsEarlierVersion(ElasticsearchClient client, IndexSchema schema,
                                                                @TempDir Path dir) throws IOException {
        Path file = copy(Samples.CAS, dir.resolve("samples/报告.pdf"));
        index(client, schema, roots(dir), file);
        String before = documents(client, schema).keySet().iterator().next();

        copy(Samples.PARTY_HISTORY, file); // edited in place
        Summary summary = index(client, schema, roots(dir), file);

        assertThat(summary.count(Outcome.Status.INDEXED)).isEqualTo(1);
        Map<String, IndexWriter.Stored> documents = documents(client, schema);
        assertThat(documents).hasSize(1).doesNotContainKey(before);
        assertThat(documents.values().iterator().next().locations()).containsExactly("samples:报告.pdf");
        assertThat(documentIdsIn(client, schema.alias(IndexKind.PASSAGES), "document_id")).isEqualTo(documents.keySet());
        assertThat(documentIdsIn(client, schema.alias(IndexKind.SOURCES), "document_ids")).doesNotContain(before);
        assertConsistent(client, schema);
    }

    @Test
    void documentsIndexedBeforeLocationsWereRecordedTakeTheirNewIdentity(ElasticsearchClient client, IndexSchema schema,
                                                                         @TempDir Path dir) throws IOException {
        schema.ensure();
        Path file = copy(Samples.CAS, dir.resolve("samples/cas.pdf"));
        // as the earlier indexer wrote it: an id from the file name, no locations
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        SourceFile identified = reader.identify(file, "cas.pdf");
        SourceFile legacy = new SourceFile(ContentHash.of("cas.pdf").substring(0, 16), "cas.pdf", identified.contentHash(),
                identified.mediaType(), identified.size());
        var enriched = EnrichmentChain.standard().apply(reader.read(file, legacy));
        writer(client, schema).write(new IndexWriter.Write(enriched, List.of(), "file:/nowhere", List.of()));
        writer(client, schema).refresh();
        assertThat(documents(client, schema)).containsOnlyKeys(legacy.id());

        index(client, schema, roots(dir), dir.resolve("samples"));

        Map<String, IndexWriter.Stored> documents = documents(client, schema);
        assertThat(documents).containsOnlyKeys(identified.id());
        assertThat(documents.get(identified.id()).locations()).containsExactly("samples:cas.pdf");
        assertThat(documentIdsIn(client, schema.alias(IndexKind.PASSAGES), "document_id")).containsOnly(identified.id());
        assertConsistent(client, schema);
    }

    @Test
    void aRebuildReadsEveryDirectoryIndexedBeforeAndKeepsWhatItCannotRead(ElasticsearchClient client, IndexSchema schema,
                                                                          @TempDir Path dir) throws IOException {
        Path one = copy(Samples.CAS, dir.resolve("corpus-a/cas.pdf"));
        Path two = copy(Samples.PARTY_HISTORY, dir.resolve("corpus-b/party.pdf"));
        Path three = copy(Samples.CAS, dir.resolve("corpus-b/cas-edited.pdf"));
        Files.writeString(three, "\n% edited\n", java.nio.file.StandardOpenOption.APPEND);
        CorpusRoots roots = roots(dir);
        index(client, schema, roots, dir.resolve("corpus-a"));
        index(client, schema, roots, dir.resolve("corpus-b"));
        Map<String, IndexWriter.Stored> before = documents(client, schema);
        assertThat(before).hasSize(3);
        String goneId = DocumentReader.documentId(ContentHash.of(two));
        int passagesOfGone = before.get(goneId).passages();
        Files.delete(two); // moved away since it was indexed

        CorpusRebuild.Result rebuilt = new CorpusRebuild(client, schema, roots, Clock.systemUTC()).run(List.of(), false,
                (fresh, inputs) -> index(client, fresh, inputs, true));

        assertThat(rebuilt.summary().count(Outcome.Status.INDEXED)).isEqualTo(2);
        assertThat(rebuilt.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.documentId()).isEqualTo(goneId);
            assertThat(kept.reason()).contains("cannot read file:" + dir.toRealPath().resolve("corpus-b/party.pdf"));
        });
        Map<String, IndexWriter.Stored> after = documents(client, schema);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get(goneId).passages()).isEqualTo(passagesOfGone);
        assertThat(documentIdsIn(client, schema.alias(IndexKind.PASSAGES), "document_id")).isEqualTo(before.keySet());
        assertThat(documentIdsIn(client, schema.alias(IndexKind.SOURCES), "document_ids")).contains(goneId);
        assertConsistent(client, schema);
        assertThat(one).exists();

        CorpusRebuild.Result dropped = new CorpusRebuild(client, schema, roots, Clock.systemUTC()).run(List.of(), true,
                (fresh, inputs) -> index(client, fresh, inputs, true));
        assertThat(dropped.dropped()).extracting(CorpusRebuild.Unread::documentId).containsExactly(goneId);
        assertThat(documents(client, schema)).hasSize(2).doesNotContainKey(goneId);
        assertThat(documentIdsIn(client, schema.alias(IndexKind.SOURCES), "document_ids")).doesNotContain(goneId);
        assertConsistent(client, schema);
    }
}
