package org.yuanliu.indexer.index;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;

/**
 * Audits the indices against the document records, which are the commit points: a citation, passage or quotation
 * that names a document without a record, or lies beyond the counts its record announces, is dangling; a document
 * whose announced passages are missing is incomplete; a journal entry is a write that was cut off. {@link #repair}
 * finishes or rolls back the cut-off writes and removes every dangling record; an incomplete document can only be
 * mended by reading its file again, which the caller does.
 */
public final class IndexCheck {

    /** What the audit found. */
    public record Findings(long pendingWrites, Map<String, Integer> danglingCitations, List<String> orphanPassages,
                           List<String> orphanQuotations, List<IndexWriter.Stored> incomplete) {
        public boolean clean() {
            return pendingWrites == 0 && danglingCitations.isEmpty() && orphanPassages.isEmpty()
                    && orphanQuotations.isEmpty() && incomplete.isEmpty();
        }

        public int danglingCitationCount() {
            return danglingCitations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ElasticsearchClient client;
    private final IndexTargets targets;
    private final IndexWriter writer;

    public IndexCheck(ElasticsearchClient client, IndexTargets targets, Clock clock) {
        this.client = client;
        this.targets = targets;
        this.writer = new IndexWriter(client, targets, clock);
    }

    /** Audits without changing anything. */
    @SuppressWarnings("unchecked")
    public Findings check() throws IOException {
        client.indices().refresh(r -> r.index(targets.journal()));
        long pending = client.count(c -> c.index(targets.journal())).count();
        writer.refresh();
        Map<String, IndexWriter.Stored> documents = new LinkedHashMap<>();
        writer.registered().forEach(d -> documents.put(d.id(), d));

        List<String> orphanPassages = new ArrayList<>();
        Map<String, Integer> present = new LinkedHashMap<>();
        writer.scroll(targets.passages(), all(), new String[]{"document_id", "ordinal"}, hit -> {
            Map<String, Object> source = hit.source();
            String documentId = source == null ? null : (String) source.get("document_id");
            IndexWriter.Stored document = documentId == null ? null : documents.get(documentId);
            int ordinal = source != null && source.get("ordinal") instanceof Number n ? n.intValue() : -1;
            if (document == null || ordinal < 0 || ordinal >= document.passages()) {
                orphanPassages.add(hit.id());
            } else {
                present.merge(documentId, 1, Integer::sum);
            }
        });
        List<String> orphanQuotations = new ArrayList<>();
        writer.scroll(targets.quotations(), all(), new String[]{"document_id"}, hit -> {
            String documentId = hit.source() == null ? null : (String) hit.source().get("document_id");
            IndexWriter.Stored document = documentId == null ? null : documents.get(documentId);
            if (document == null || ordinal(hit.id(), "-q") >= document.quotations()) {
                orphanQuotations.add(hit.id());
            }
        });
        Map<String, Integer> dangling = new TreeMap<>();
        writer.scroll(targets.sources(), all(), new String[]{"citations.document_id"}, hit -> {
            Object citations = hit.source() == null ? null : hit.source().get("citations");
            if (citations instanceof List<?> list) {
                for (Object c : list) {
                    Object documentId = c instanceof Map<?, ?> m ? m.get("document_id") : null;
                    if (documentId instanceof String id && !documents.containsKey(id)) {
                        dangling.merge(id, 1, Integer::sum);
                    }
                }
            }
        });
        List<IndexWriter.Stored> incomplete = documents.values().stream()
                .filter(d -> d.passages() == 0 || present.getOrDefault(d.id(), 0) < d.passages()).toList();
        return new Findings(pending, dangling, orphanPassages, orphanQuotations, incomplete);
    }

    /**
     * Repairs what can be repaired without the files: cut-off writes are finished or rolled back, and every record
     * naming a document that has no record is removed. Returns what the audit found before the repair.
     */
    public Findings repair() throws IOException {
        Findings before = check();
        writer.recover();
        Findings now = check();
        Set<String> missing = new LinkedHashSet<>(now.danglingCitations().keySet());
        BulkRequest.Builder stale = new BulkRequest.Builder();
        int operations = staleRecords(now.orphanPassages(), "-p", targets.passages(), missing, stale)
                + staleRecords(now.orphanQuotations(), "-q", targets.quotations(), missing, stale);
        for (String documentId : missing) {
            writer.delete(documentId);
        }
        if (operations > 0) {
            client.bulk(stale.build());
        }
        writer.refresh();
        return before;
    }

    /**
     * Sorts orphan records: those of a document without a record go with the whole document (into {@code missing}),
     * those beyond their document's counts are deleted one by one. Returns how many deletes were added.
     */
    private int staleRecords(List<String> ids, String kind, String index, Set<String> missing, BulkRequest.Builder stale)
            throws IOException {
        int operations = 0;
        for (String id : ids) {
            String documentId = documentOf(id, kind);
            if (!documentExists(documentId)) {
                missing.add(documentId);
            } else {
                stale.operations(o -> o.delete(d -> d.index(index).id(id)));
                operations++;
            }
        }
        return operations;
    }

    private boolean documentExists(String documentId) throws IOException {
        return writer.stored(documentId).isPresent();
    }

    private static String documentOf(String recordId, String kind) {
        int at = recordId.lastIndexOf(kind);
        return at > 0 ? recordId.substring(0, at) : recordId;
    }

    private static int ordinal(String recordId, String kind) {
        int at = recordId.lastIndexOf(kind);
        try {
            return at > 0 ? Integer.parseInt(recordId.substring(at + kind.length())) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Query all() {
        return Query.of(q -> q.matchAll(m -> m));
    }
}
