package org.yuanliu.indexer.index;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.QuotationRecord;
import org.yuanliu.indexer.enrich.SourceCitation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;

/**
 * The output end of the chain. Writes one document's records so that searches never see half of it:
 * the indices refresh only when told to; passages, quotations and source citations go first, the document
 * record (with its content hash) last, so a run killed in between re-indexes the file next time. Records
 * a previous version had beyond the new counts are deleted, so no stale passage survives.
 */
public final class IndexWriter {
    private final ElasticsearchClient client;
    private final IndexTargets targets;
    private final Clock clock;

    public IndexWriter(ElasticsearchClient client, IndexTargets targets, Clock clock) {
        this.client = client;
        this.targets = targets;
        this.clock = clock;
    }

    /** What the index holds for a document: its content hash and how many records of each kind. */
    public record Stored(String contentHash, String schemaVersion, int passages, int quotations, List<String> sourceIds) {
        @SuppressWarnings("unchecked")
        static Stored of(Map<String, Object> record) {
            return new Stored((String) record.get("content_hash"), (String) record.get("schema_version"),
                    ((Number) record.getOrDefault("passage_count", 0)).intValue(),
                    ((Number) record.getOrDefault("quotation_count", 0)).intValue(),
                    (List<String>) record.getOrDefault("source_ids", List.of()));
        }
    }

    @SuppressWarnings("unchecked")
    public Optional<Stored> stored(String documentId) throws IOException {
        GetResponse<Map> response = client.get(g -> g.index(targets.documents()).id(documentId), Map.class);
        return response.found() && response.source() != null ? Optional.of(Stored.of(response.source())) : Optional.empty();
    }

    public void write(EnrichedDocument enriched) throws IOException {
        writeAll(List.of(enriched));
    }

    /**
     * Writes several documents with few requests: one lookup of what is stored, one of the sources they touch,
     * one bulk of records and one bulk of document records. A {@link RejectedRecordsException} means Elasticsearch
     * refused some records; writing the documents one by one then tells which document is at fault.
     */
    public void writeAll(List<EnrichedDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        Map<String, Stored> previous = storedAll(documents.stream().map(d -> d.document().file().id()).toList());
        BulkRequest.Builder records = new BulkRequest.Builder();
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        for (EnrichedDocument enriched : documents) {
            Stored before = previous.get(enriched.document().file().id());
            touched.addAll(before == null ? List.of() : before.sourceIds());
            enriched.citations().forEach(c -> touched.add(c.sourceKey()));
        }
        loadSources(touched, sources);
        for (EnrichedDocument enriched : documents) {
            String id = enriched.document().file().id();
            Optional<Stored> before = Optional.ofNullable(previous.get(id));
            documentRecords(enriched, before, records);
            applyCitations(id, enriched.citations(), before.map(Stored::sourceIds).orElse(List.of()), sources);
        }
        sourceOperations(sources, records);
        execute(records);

        BulkRequest.Builder documentRecords = new BulkRequest.Builder();
        for (EnrichedDocument enriched : documents) {
            Map<String, Object> document = IndexRecords.document(enriched, clock.instant());
            String id = enriched.document().file().id();
            documentRecords.operations(o -> o.index(i -> i.index(targets.documents()).id(id).document(document)));
        }
        execute(documentRecords);
    }

    private void documentRecords(EnrichedDocument enriched, Optional<Stored> previous, BulkRequest.Builder records) {
        String id = enriched.document().file().id();
        List<Passage> passages = enriched.document().passages();
        for (Passage p : passages) {
            Map<String, Object> record = IndexRecords.passage(enriched, p);
            records.operations(o -> o.index(i -> i.index(targets.passages()).id(IndexRecords.passageId(id, p.ordinal()))
                    .document(record)));
        }
        List<QuotationRecord> quotations = enriched.quotations();
        for (int q = 0; q < quotations.size(); q++) {
            Map<String, Object> record = IndexRecords.quotation(enriched, quotations.get(q));
            String qid = IndexRecords.quotationId(id, q);
            records.operations(o -> o.index(i -> i.index(targets.quotations()).id(qid).document(record)));
        }
        int oldPassages = previous.map(Stored::passages).orElse(0);
        for (int n = passages.size(); n < oldPassages; n++) {
            String stale = IndexRecords.passageId(id, n);
            records.operations(o -> o.delete(d -> d.index(targets.passages()).id(stale)));
        }
        int oldQuotations = previous.map(Stored::quotations).orElse(0);
        for (int n = quotations.size(); n < oldQuotations; n++) {
            String stale = IndexRecords.quotationId(id, n);
            records.operations(o -> o.delete(d -> d.index(targets.quotations()).id(stale)));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Stored> storedAll(List<String> ids) throws IOException {
        Map<String, Stored> stored = new LinkedHashMap<>();
        MgetResponse<Map> response = client.mget(m -> m.index(targets.documents()).ids(ids), Map.class);
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                stored.put(item.result().id(), Stored.of(item.result().source()));
            }
        }
        return stored;
    }

    /** Removes a document and everything it contributed. */
    public boolean delete(String documentId) throws IOException {
        Optional<Stored> previous = stored(documentId);
        if (previous.isEmpty()) {
            return false;
        }
        BulkRequest.Builder records = new BulkRequest.Builder();
        records.operations(o -> o.delete(d -> d.index(targets.documents()).id(documentId)));
        for (int n = 0; n < previous.get().passages(); n++) {
            String pid = IndexRecords.passageId(documentId, n);
            records.operations(o -> o.delete(d -> d.index(targets.passages()).id(pid)));
        }
        for (int n = 0; n < previous.get().quotations(); n++) {
            String qid = IndexRecords.quotationId(documentId, n);
            records.operations(o -> o.delete(d -> d.index(targets.quotations()).id(qid)));
        }
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        loadSources(new LinkedHashSet<>(previous.get().sourceIds()), sources);
        applyCitations(documentId, List.of(), previous.get().sourceIds(), sources);
        sourceOperations(sources, records);
        execute(records);
        return true;
    }

    /** Makes everything written so far visible to searches, all at once. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(targets.documents(), targets.passages(), targets.sources(), targets.quotations()));
    }

    /** Writes each source record back; an emptied one (no document cites the work any more) is deleted. */
    private void sourceOperations(Map<String, Map<String, Object>> sources, BulkRequest.Builder records) {
        sources.forEach((key, record) -> {
            if (record.isEmpty()) {
                records.operations(o -> o.delete(d -> d.index(targets.sources()).id(key)));
            } else {
                records.operations(o -> o.index(i -> i.index(targets.sources()).id(key).document(record)));
            }
        });
    }

    /** The stored source records for these keys (a missing one starts empty). */
    @SuppressWarnings("unchecked")
    private void loadSources(Set<String> keys, Map<String, Map<String, Object>> sources) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        MgetResponse<Map> existing = client.mget(m -> m.index(targets.sources()).ids(List.copyOf(keys)), Map.class);
        for (MultiGetResponseItem<Map> item : existing.docs()) {
            Map<String, Object> stored = item.isResult() && item.result().found() && item.result().source() != null
                    ? new LinkedHashMap<>(item.result().source()) : new LinkedHashMap<>();
            sources.put(item.isResult() ? item.result().id() : item.failure().id(), stored);
        }
    }

    /**
     * A source record lists its citations from every document. Without scripts (the minimal engine has none),
     * this document's citations are replaced in the record read before, and the record is written back; an
     * empty record means no document cites the work any more.
     */
    @SuppressWarnings("unchecked")
    private static void applyCitations(String documentId, List<SourceCitation> citations, List<String> previousKeys,
                                       Map<String, Map<String, Object>> sources) {
        Map<String, List<SourceCitation>> byKey = new LinkedHashMap<>();
        citations.forEach(c -> byKey.computeIfAbsent(c.sourceKey(), k -> new ArrayList<>()).add(c));
        Set<String> relevant = new LinkedHashSet<>(previousKeys);
        relevant.addAll(byKey.keySet());
        for (String key : relevant) {
            Map<String, Object> record = sources.computeIfAbsent(key, k -> new LinkedHashMap<>());
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) record.getOrDefault("citations", List.of())) {
                if (!documentId.equals(c.get("document_id"))) {
                    kept.add(c);
                }
            }
            List<SourceCitation> added = byKey.getOrDefault(key, List.of());
            for (SourceCitation c : added) {
                for (int i = 0; i < c.markers().size(); i++) {
                    Map<String, Object> citation = new LinkedHashMap<>();
                    citation.put("document_id", documentId);
                    citation.put("note_id", c.noteId());
                    citation.put("page", c.page());
                    citation.put("marker", c.markers().get(i));
                    if (i < c.passageIds().size()) {
                        citation.put("passage_id", IndexRecords.passageId(documentId, c.passageIds().get(i)));
                    }
                    if (i < c.citedPages().size() && c.citedPages().get(i) != null) {
                        citation.put("cited_pages", c.citedPages().get(i));
                    }
                    if (c.lead() != null) {
                        citation.put("lead", c.lead());
                    }
                    kept.add(citation);
                }
            }
            if (kept.isEmpty()) {
                record.clear();
                continue;
            }
            if (!added.isEmpty() || !record.containsKey("title") && !record.containsKey("raw")) {
                Map<String, Object> work = added.isEmpty() ? Map.of() : added.get(0).work();
                record.putAll(work);
            }
            record.put("citations", kept);
            record.put("citation_count", kept.size());
            record.put("document_ids", kept.stream().map(c -> c.get("document_id")).distinct().toList());
        }
    }

    private void execute(BulkRequest.Builder builder) throws IOException {
        BulkRequest request = builder.build();
        if (request.operations().isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(request);
        if (response.errors()) {
            List<String> reasons = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !(item.status() == 404 && item.operationType().jsonValue().equals("delete"))) {
                    reasons.add(item.index() + "/" + item.id() + ": " + item.error().reason());
                }
            }
            if (!reasons.isEmpty()) {
                if (reasons.stream().anyMatch(r -> r.contains("blocked by") || r.contains("read_only") || r.contains("read-only"))) {
                    throw new IOException("the index is read-only (the node's disk is full, or a write block is set): free disk "
                            + "space and remove the block (index.blocks.read_only_allow_delete / index.blocks.write), then run "
                            + "again: documents indexed before are unchanged, and this file is indexed again on the next run");
                }
                throw new RejectedRecordsException("Elasticsearch rejected " + reasons.size() + " records, e.g. " + reasons.get(0));
            }
        }
    }
}
