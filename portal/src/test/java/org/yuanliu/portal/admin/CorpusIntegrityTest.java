package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.FailingTransport;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.indexer.index.IndexCheck;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Progress;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import com.fasterxml.jackson.databind.JsonNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The four ways the portal lost data or kept it half-written, tried again through the admin as a user would:
 * same-named uploads, replacing a document, a rebuild after command-line indexing, and the engine dying mid-upload.
 */
@ExtendWith(RealElasticsearch.class)
class CorpusIntegrityTest {
    private static final String CAS = "cas-2020-istc-policy-evolution.pdf";
    private static final String PARTY = "party-history-2024-istc-exchange.pdf";

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(AdminUploadTest.samples().resolve(name));
    }

    private static AdminClient portal(RealElasticsearch.Node node, IndexSchema schema, Path data) throws IOException {
        schema.ensure();
        Map<String, Object> properties = AdminClient.properties(node.engine().url(), schema.prefix(), data);
        properties.put("yuanliu.indexing.samples", data.resolve("samples").toString());
        properties.put("yuanliu.test.bulk-faults", "true");
        AdminClient portal = new AdminClient(properties);
        portal.login(AdminClient.PASSWORD);
        return portal;
    }

    private static JsonNode upload(AdminClient portal, Map<String, String> fields, String name, byte[] bytes) {
        HttpResponse<String> upload = portal.upload("/admin/api/documents", "application/json", fields,
                Map.of(name, bytes), Map.of("X-CSRF-Token", portal.apiToken()));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        return portal.awaitJob(AdminClient.json(upload).get("id").asText());
    }

    private static Set<String> documentIds(AdminClient portal) {
        Set<String> ids = new TreeSet<>();
        AdminClient.json(portal.get("/admin/api/documents", "application/json")).forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    private static void assertClean(ElasticsearchClient client, IndexSchema schema) throws IOException {
        IndexCheck.Findings findings = new IndexCheck(client, IndexTargets.aliases(schema), Clock.systemUTC()).check();
        assertThat(findings.danglingCitations()).as("citations from documents that do not exist").isEmpty();
        assertThat(findings.orphanPassages()).as("passages without their document").isEmpty();
        assertThat(findings.orphanQuotations()).isEmpty();
        assertThat(findings.incomplete()).isEmpty();
        assertThat(findings.pendingWrites()).isZero();
    }

    @Test
    void twoUploadsWithTheSameNameAreTwoDocumentsUnlessOneReplacesTheOther(RealElasticsearch.Node node, IndexSchema schema,
                                                                         @TempDir Path data) throws IOException {
        try (AdminClient portal = portal(node, schema, data)) {
            JsonNode first = upload(portal, Map.of(), "通知.pdf", sample(CAS));
            JsonNode second = upload(portal, Map.of(), "通知.pdf", sample(PARTY));
            assertThat(first.get("files").get(0).get("status").asText()).isEqualTo("indexed");
            assertThat(second.get("files").get(0).get("status").asText()).isEqualTo("indexed");
            String cas = first.get("files").get(0).get("documentId").asText();
            String party = second.get("files").get(0).get("documentId").asText();
            assertThat(documentIds(portal)).containsExactlyInAnyOrder(cas, party);
            try (var files = Files.walk(data.resolve("uploads"))) {
                assertThat(files.filter(f -> f.getFileName().toString().equals("通知.pdf"))).hasSize(2);
            }
            // both originals are served, each its own bytes
            assertThat(portal.get("/documents/" + cas + "/original", "*/*").statusCode()).isEqualTo(200);
            assertThat(portal.get("/documents/" + party + "/original", "*/*").statusCode()).isEqualTo(200);

            // the same bytes again under another name: still one document, known by both uploads
            JsonNode copy = upload(portal, Map.of(), "通知-副本.pdf", sample(CAS));
            assertThat(copy.get("files").get(0).get("status").asText()).isEqualTo("unchanged");
            assertThat(documentIds(portal)).hasSize(2);

            // replacing the CAS document (both its uploads) with an edited file
            byte[] edited = sample(CAS);
            edited = java.util.Arrays.copyOf(edited, edited.length + 12);
            System.arraycopy("\n% edited\n".getBytes(), 0, edited, edited.length - 12, 10);
            JsonNode replaced = upload(portal, Map.of("replace", cas), "通知.pdf", edited);
            assertThat(replaced.toString()).contains("replaced");
            Set<String> ids = documentIds(portal);
            assertThat(ids).hasSize(2).contains(party).doesNotContain(cas);
            try (var files = Files.walk(data.resolve("uploads"))) {
                assertThat(files.filter(Files::isRegularFile)).hasSize(2);
            }
            assertClean(node.client(), schema);
        }
    }

    @Test
    void anAdminRebuildKeepsEveryDocumentIndexedWithTheCommandLine(RealElasticsearch.Node node, IndexSchema schema,
                                                                   @TempDir Path data) throws IOException {
        try (AdminClient portal = portal(node, schema, data)) {
            // two directories indexed with the command line (the CLI's own chain, locations outside the portal's roots)
            Path a = Files.createDirectories(data.resolve("cli-a"));
            Path b = Files.createDirectories(data.resolve("cli-b"));
            Files.write(a.resolve("通知.pdf"), sample(CAS));
            Files.write(b.resolve("通知.pdf"), sample(PARTY));
            Path gone = b.resolve("later-moved.pdf");
            Files.write(gone, sample(CAS));
            Files.writeString(gone, "\n% another edition\n", StandardOpenOption.APPEND);
            CorpusRoots roots = new CorpusRoots(data.resolve("samples"), data.resolve("uploads"));
            IndexWriter writer = new IndexWriter(node.client(), IndexTargets.aliases(schema), Clock.systemUTC());
            try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), EnrichmentChain.standard(), writer, 1,
                    Duration.ofSeconds(120))) {
                indexer.index(InputFiles.expand(List.of(a, b), roots), false, Progress.NONE);
            }
            upload(portal, Map.of(), "上传.pdf", sample(PARTY)); // same bytes as cli-b/通知.pdf: one more location
            Set<String> before = documentIds(portal);
            assertThat(before).hasSize(3);
            Files.delete(gone);

            HttpResponse<String> rebuild = portal.send(java.net.http.HttpRequest.newBuilder(portal.uri("/admin/api/rebuild"))
                    .header("X-CSRF-Token", portal.apiToken()).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(rebuild.statusCode()).isEqualTo(202);
            JsonNode job = portal.awaitJob(AdminClient.json(rebuild).get("id").asText());

            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
            assertThat(documentIds(portal)).isEqualTo(before);
            assertThat(job.toString()).contains("kept").contains("cannot read file:" + gone.getParent().toRealPath()
                    .resolve("later-moved.pdf"));
            assertClean(node.client(), schema);
        }
    }

    @Test
    void theEngineDyingDuringAnUploadLeavesNoDanglingRecord(RealElasticsearch.Node node, IndexSchema schema,
                                                            @TempDir Path data) throws IOException {
        try (AdminClient portal = portal(node, schema, data)) {
            upload(portal, Map.of(), "先.pdf", sample(CAS));
            BulkFaults faults = portal.server.getApplicationContext().getBean(BulkFaults.class);
            String party = DocumentReader.documentId(ContentHash.of(AdminUploadTest.samples().resolve(PARTY)));
            IndexCheck check = new IndexCheck(node.client(), IndexTargets.aliases(schema), Clock.systemUTC());
            // 1: journal, 2: passages, quotations and citations, 3: the document record, 4: the journal's end
            int round = 0;
            for (int bulk = 1; bulk <= 4; bulk++) {
                for (FailingTransport.Moment moment : FailingTransport.Moment.values()) {
                    faults.arm(bulk, moment);
                    JsonNode failed = upload(portal, Map.of(), "断.pdf", sample(PARTY));
                    assertThat(faults.failed()).isTrue();
                    assertThat(failed.get("state").asText()).isEqualTo("failed");
                    // the admin reads what happened and what to do, not only the transport's words
                    assertThat(failed.get("message").asText()).contains("the search engine stopped answering")
                            .contains("run the job again");
                    faults.revive();
                    // the node restarts: whatever it kept becomes visible
                    new IndexWriter(node.client(), IndexTargets.aliases(schema), Clock.systemUTC()).refresh();
                    if (bulk == 2 && moment == FailingTransport.Moment.AFTER_APPLYING) {
                        assertThat(check.check().danglingCitationCount()).as("what the cut-off write left").isPositive();
                    }
                    if (round++ % 2 == 0) {
                        // the admin deletes the document of the failed upload: whatever of it is left goes
                        HttpResponse<String> delete = portal.send(java.net.http.HttpRequest.newBuilder(
                                portal.uri("/admin/api/documents/" + party)).header("X-CSRF-Token", portal.apiToken())
                                .DELETE().build());
                        assertThat(portal.awaitJob(AdminClient.json(delete).get("id").asText()).get("state").asText())
                                .isEqualTo("done");
                    } else {
                        // or the next job recovers before it writes
                        assertThat(upload(portal, Map.of(), "先.pdf", sample(CAS)).get("state").asText()).isEqualTo("done");
                    }
                    assertClean(node.client(), schema);
                    Set<String> ids = documentIds(portal);
                    assertThat(ids.stream().filter(i -> !i.equals(party))).as("bulk %d %s", bulk, moment).hasSize(1);
                    if (ids.contains(party)) {
                        // the write had been committed before the engine died: it is whole
                        assertThat(portal.get("/api/documents/" + party, "application/json").statusCode()).isEqualTo(200);
                        new IndexWriter(node.client(), IndexTargets.aliases(schema), Clock.systemUTC()).delete(party);
                    }
                }
            }
        }
    }
}
