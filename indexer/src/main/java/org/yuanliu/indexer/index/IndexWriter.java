package org.yuanliu.indexer.index;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.QuotationRecord;
import org.yuanliu.indexer.enrich.SourceCitation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The output end of the chain. Writes documents so that a reader sees each one whole or not at all, whatever moment
 * the engine or the process dies at:
 * <ol>
 * <li>an entry in the journal announces the write (the document, the records it will have, the sources it touches);</li>
 * <li>passages, quotations and source citations are written; the indices refresh only when told to, so none is seen;</li>
 * <li>the document record (with its content hash and locations) commits the write;</li>
 * <li>the location is taken from the document it replaces, and the journal entry is deleted.</li>
 * </ol>
 * {@link #recover()} reads the journal: an entry whose document record was committed is finished, any other is
 * rolled back (its records and citations removed), so a write cut off anywhere leaves nothing dangling. Every writer
 * recovers before it writes, and before it refreshes.
 */
public final class IndexWriter {
    private static final int SCROLL_PAGE = 1000;
    private static final int MGET_CHUNK = 500;

    private final ElasticsearchClient client;
    private final IndexTargets targets;
    private final Clock clock;

    public IndexWriter(ElasticsearchClient client, IndexTargets targets, Clock clock) {
        this.client = client;
        this.targets = targets;
        this.clock = clock;
    }

    /** What the index holds for a document: its content hash, how many records of each kind, and where it lives. */
    public record Stored(String id, String contentHash, String schemaVersion, int passages, int quotations,
                         List<String> sourceIds, List<String> locations, String fileName) {
        @SuppressWarnings("unchecked")
        static Stored of(String id, Map<String, Object> record) {
            return new Stored(id, (String) record.get("content_hash"), (String) record.get("schema_version"),
                    ((Number) record.getOrDefault("passage_count", 0)).intValue(),
                    ((Number) record.getOrDefault("quotation_count", 0)).intValue(),
                    List.copyOf((List<String>) record.getOrDefault("source_ids", List.of())),
                    List.copyOf((List<String>) record.getOrDefault("locations", List.of())),
                    (String) record.get("file_name"));
        }
    }

    /**
     * A document to write.
     *
     * @param locations every location it is known by once written (those it had and the new one)
     * @param location  the location it was read from now
     * @param replaces  documents that held that location until now (an earlier version of the file): the location is
     *                  taken from them once this one is committed, and a document left with no location is removed
     */
    public record Write(EnrichedDocument document, List<String> locations, String location, List<String> replaces) {
        public Write {
            locations = List.copyOf(new LinkedHashSet<>(locations));
            replaces = List.copyOf(replaces);
        }

        String id() {
            return document.document().file().id();
        }
    }

    private static final String[] STORED_FIELDS = {"content_hash", "schema_version", "passage_count", "quotation_count",
            "source_ids", "locations", "file_name"};

    public Optional<Stored> stored(String documentId) throws IOException {
        return Optional.ofNullable(storedAll(List.of(documentId)).get(documentId));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Stored> storedAll(Collection<String> ids) throws IOException {
        Map<String, Stored> stored = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        MgetResponse<Map> response = client.mget(m -> m.index(targets.documents()).ids(List.copyOf(ids))
                .sourceIncludes(List.of(STORED_FIELDS)), Map.class);
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                stored.put(item.result().id(), Stored.of(item.result().id(), item.result().source()));
            }
        }
        return stored;
    }

    /**
     * The documents that hold a location now (as of the last refresh): those recorded there, and documents written
     * before locations were recorded (their ids came from file names) that have these bytes — the document read from
     * the location now takes their place.
     */
    public List<Stored> holders(String location, String contentHash) throws IOException {
        return search(Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("locations").value(location)))
                .should(s -> s.bool(legacy -> legacy.filter(f -> f.term(t -> t.field("content_hash").value(contentHash)))
                        .mustNot(n -> n.exists(e -> e.field("locations")))))
                .minimumShouldMatch("1"))));
    }

    @SuppressWarnings("unchecked")
    private List<Stored> search(Query query) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(targets.documents()).query(query).size(100)
                .source(src -> src.filter(f -> f.includes(List.of(STORED_FIELDS)))), Map.class);
        List<Stored> found = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            found.add(Stored.of(hit.id(), hit.source() == null ? Map.of() : hit.source()));
        }
        return found;
    }

    /** Every document the index holds: the registry a rebuild reads again. Refreshes the documents index first. */
    @SuppressWarnings("unchecked")
    public List<Stored> registered() throws IOException {
        client.indices().refresh(r -> r.index(targets.documents()));
        List<Stored> all = new ArrayList<>();
        scroll(targets.documents(), Query.of(q -> q.matchAll(m -> m)), STORED_FIELDS,
                hit -> all.add(Stored.of(hit.id(), hit.source() == null ? Map.of() : hit.source())));
        return all;
    }

    /** Visits every record of an index that matches, a page at a time. */
    @SuppressWarnings("rawtypes")
    void scroll(String index, Query query, String[] fields, java.util.function.Consumer<Hit<Map>> visitor)
            throws IOException {
        SearchResponse<Map> page = client.search(s -> s.index(index).query(query).size(SCROLL_PAGE)
                .scroll(t -> t.time("2m")).sort(o -> o.doc(d -> d))
                .source(src -> src.filter(f -> f.includes(List.of(fields)))), Map.class);
        String scrollId = page.scrollId();
        List<Hit<Map>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                hits.forEach(visitor);
                String id = scrollId;
                ScrollResponse<Map> next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time("2m")), Map.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            if (scrollId != null) {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        }
    }

    public void write(Write write) throws IOException {
        writeAll(List.of(write));
    }

    /**
     * Writes several documents with few requests (one journal bulk, one lookup of what is stored, one of the sources,
     * one bulk of records, one of document records). A {@link RejectedRecordsException} means Elasticsearch refused
     * some records; their writes are rolled back, and writing the documents one by one tells which is at fault.
     */
    public void writeAll(List<Write> writes) throws IOException {
        if (writes.isEmpty()) {
            return;
        }
        Map<String, Stored> previous = storedAll(writes.stream().map(Write::id).toList());
        BulkRequest.Builder journal = new BulkRequest.Builder();
        for (Write write : writes) {
            Stored before = previous.get(write.id());
            Set<String> sourceIds = new LinkedHashSet<>(before == null ? List.of() : before.sourceIds());
            write.document().citations().forEach(c -> sourceIds.add(c.sourceKey()));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("document_id", write.id());
            entry.put("content_hash", write.document().document().file().contentHash());
            entry.put("location", write.location());
            entry.put("replaces", write.replaces());
            entry.put("passage_count", write.document().document().passages().size());
            entry.put("quotation_count", write.document().quotations().size());
            entry.put("source_ids", List.copyOf(sourceIds));
            entry.put("started_at", clock.instant().toString());
            journal.operations(o -> o.index(i -> i.index(targets.journal()).id(write.id()).document(entry)));
        }
        execute(journal);

        try {
            BulkRequest.Builder records = new BulkRequest.Builder();
            Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
            Set<String> touched = new LinkedHashSet<>();
            for (Write write : writes) {
                Stored before = previous.get(write.id());
                touched.addAll(before == null ? List.of() : before.sourceIds());
                write.document().citations().forEach(c -> touched.add(c.sourceKey()));
            }
            loadSources(targets, touched, sources);
            for (Write write : writes) {
                Optional<Stored> before = Optional.ofNullable(previous.get(write.id()));
                documentRecords(write.document(), before, records);
                replaceCitations(write.id(), citationsByKey(write.id(), write.document().citations()),
                        worksByKey(write.document().citations()), before.map(Stored::sourceIds).orElse(List.of()), sources);
            }
            sourceOperations(sources, records);
            execute(records);

            BulkRequest.Builder documentRecords = new BulkRequest.Builder();
            for (Write write : writes) {
                Map<String, Object> document = IndexRecords.document(write.document(), clock.instant());
                document.put("locations", write.locations());
                documentRecords.operations(o -> o.index(i -> i.index(targets.documents()).id(write.id()).document(document)));
            }
            execute(documentRecords);
        } catch (RejectedRecordsException rejected) {
            recover();
            throw rejected;
        }

        BulkRequest.Builder done = new BulkRequest.Builder();
        for (Write write : writes) {
            for (String other : write.replaces()) {
                if (!other.equals(write.id())) {
                    detach(write.location(), other);
                }
            }
            done.operations(o -> o.delete(d -> d.index(targets.journal()).id(write.id())));
        }
        execute(done);
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
        deleteRecords(id, passages.size(), previous.map(Stored::passages).orElse(0),
                quotations.size(), previous.map(Stored::quotations).orElse(0), records);
    }

    /** Deletes the passages and quotations of a document from the given ordinals up to the given counts. */
    private void deleteRecords(String id, int passagesFrom, int passagesTo, int quotationsFrom, int quotationsTo,
                               BulkRequest.Builder records) {
        for (int n = passagesFrom; n < passagesTo; n++) {
            String stale = IndexRecords.passageId(id, n);
            records.operations(o -> o.delete(d -> d.index(targets.passages()).id(stale)));
        }
        for (int n = quotationsFrom; n < quotationsTo; n++) {
            String stale = IndexRecords.quotationId(id, n);
            records.operations(o -> o.delete(d -> d.index(targets.quotations()).id(stale)));
        }
    }

    /**
     * Records that the bytes of an indexed document are also at this location (the same file under another name),
     * and takes the location from the documents that held it before.
     *
     * @param recorded the locations the document's record holds now (as the caller just read or wrote them)
     */
    public void attach(String documentId, List<String> recorded, String location, Collection<String> previousHolders)
            throws IOException {
        if (!recorded.contains(location)) {
            List<String> locations = new ArrayList<>(recorded);
            locations.add(location);
            setLocations(documentId, locations);
        }
        for (String other : previousHolders) {
            if (!other.equals(documentId)) {
                detach(location, other);
            }
        }
    }

    /** Takes a location from a document; a document left with no location (and that had one) is removed. */
    public void detach(String location, String documentId) throws IOException {
        Optional<Stored> stored = stored(documentId);
        if (stored.isEmpty()) {
            return;
        }
        List<String> locations = new ArrayList<>(stored.get().locations());
        locations.remove(location);
        if (locations.isEmpty()) {
            delete(documentId);
        } else if (locations.size() != stored.get().locations().size()) {
            setLocations(documentId, locations);
        }
    }

    private void setLocations(String documentId, List<String> locations) throws IOException {
        client.update(u -> u.index(targets.documents()).id(documentId).doc(Map.of("locations", locations)), Map.class);
    }

    /**
     * Removes a document and everything any record says it contributed: the records its document record announces,
     * any passage, quotation or citation that names it without being announced (a write cut off before its commit),
     * and its journal entry. Answers whether there was anything to remove.
     */
    public boolean delete(String documentId) throws IOException {
        Optional<Stored> stored = stored(documentId);
        Set<String> passages = new LinkedHashSet<>();
        Set<String> quotations = new LinkedHashSet<>();
        Set<String> sourceKeys = new LinkedHashSet<>(stored.map(Stored::sourceIds).orElse(List.of()));
        stored.ifPresent(s -> {
            for (int n = 0; n < s.passages(); n++) {
                passages.add(IndexRecords.passageId(documentId, n));
            }
            for (int n = 0; n < s.quotations(); n++) {
                quotations.add(IndexRecords.quotationId(documentId, n));
            }
        });
        Optional<Map<String, Object>> pending = journalEntry(documentId);
        pending.ifPresent(entry -> sourceKeys.addAll(strings(entry.get("source_ids"))));
        Query byDocument = Query.of(q -> q.term(t -> t.field("document_id").value(documentId)));
        scroll(targets.passages(), byDocument, new String[]{"document_id"}, hit -> passages.add(hit.id()));
        scroll(targets.quotations(), byDocument, new String[]{"document_id"}, hit -> quotations.add(hit.id()));
        scroll(targets.sources(), Query.of(q -> q.term(t -> t.field("document_ids").value(documentId))),
                new String[]{"document_ids"}, hit -> sourceKeys.add(hit.id()));
        boolean found = stored.isPresent() || pending.isPresent() || !passages.isEmpty() || !quotations.isEmpty();

        BulkRequest.Builder records = new BulkRequest.Builder();
        records.operations(o -> o.delete(d -> d.index(targets.documents()).id(documentId)));
        passages.forEach(id -> records.operations(o -> o.delete(d -> d.index(targets.passages()).id(id))));
        quotations.forEach(id -> records.operations(o -> o.delete(d -> d.index(targets.quotations()).id(id))));
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        loadSources(targets, sourceKeys, sources);
        found |= sources.values().stream().anyMatch(r -> cites(r, documentId));
        replaceCitations(documentId, Map.of(), Map.of(), sourceKeys, sources);
        sourceOperations(sources, records);
        records.operations(o -> o.delete(d -> d.index(targets.journal()).id(documentId)));
        execute(records);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static boolean cites(Map<String, Object> source, String documentId) {
        return ((List<Object>) source.getOrDefault("document_ids", List.of())).contains(documentId);
    }

    /**
     * Finishes or rolls back every write the journal holds: one whose document record was committed is finished
     * (its location taken from the documents it replaces), any other loses every record and citation it wrote.
     * Returns how many writes were recovered.
     */
    @SuppressWarnings("unchecked")
    public int recover() throws IOException {
        client.indices().refresh(r -> r.index(targets.journal()));
        List<Map<String, Object>> entries = new ArrayList<>();
        scroll(targets.journal(), Query.of(q -> q.matchAll(m -> m)), new String[]{"*"}, hit -> entries.add(hit.source()));
        for (Map<String, Object> entry : entries) {
            String id = (String) entry.get("document_id");
            String location = (String) entry.get("location");
            Optional<Stored> stored = stored(id);
            boolean committed = stored.isPresent()
                    && Objects.equals(stored.get().contentHash(), entry.get("content_hash"))
                    && stored.get().passages() == ((Number) entry.get("passage_count")).intValue()
                    && stored.get().quotations() == ((Number) entry.get("quotation_count")).intValue()
                    && stored.get().locations().contains(location);
            if (committed) {
                for (String other : strings(entry.get("replaces"))) {
                    if (!other.equals(id)) {
                        detach(location, other);
                    }
                }
            } else {
                rollBack(id, entry, stored);
            }
            client.delete(d -> d.index(targets.journal()).id(id));
        }
        return entries.size();
    }

    /** Removes what an uncommitted write added beyond the committed version (if there is one). */
    private void rollBack(String id, Map<String, Object> entry, Optional<Stored> committed) throws IOException {
        BulkRequest.Builder records = new BulkRequest.Builder();
        deleteRecords(id, committed.map(Stored::passages).orElse(0), ((Number) entry.get("passage_count")).intValue(),
                committed.map(Stored::quotations).orElse(0), ((Number) entry.get("quotation_count")).intValue(), records);
        Set<String> added = new LinkedHashSet<>(strings(entry.get("source_ids")));
        committed.ifPresent(c -> added.removeAll(c.sourceIds()));
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        loadSources(targets, added, sources);
        replaceCitations(id, Map.of(), Map.of(), added, sources);
        sourceOperations(sources, records);
        execute(records);
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> journalEntry(String documentId) throws IOException {
        GetResponse<Map> entry = client.get(g -> g.index(targets.journal()).id(documentId), Map.class);
        return entry.found() && entry.source() != null ? Optional.of(entry.source()) : Optional.empty();
    }

    /**
     * Copies a document, as it is in another generation, into these indices: its record (with the given
     * locations), passages, quotations and its citations in the sources. A rebuild keeps a document this way when it
     * can no longer read the file.
     */
    @SuppressWarnings("unchecked")
    public void copyFrom(IndexTargets from, Stored document, List<String> locations) throws IOException {
        String id = document.id();
        BulkRequest.Builder records = new BulkRequest.Builder();
        List<String> passageIds = new ArrayList<>();
        for (int n = 0; n < document.passages(); n++) {
            passageIds.add(IndexRecords.passageId(id, n));
        }
        List<String> quotationIds = new ArrayList<>();
        for (int n = 0; n < document.quotations(); n++) {
            quotationIds.add(IndexRecords.quotationId(id, n));
        }
        copyRecords(from.passages(), targets.passages(), passageIds, records);
        copyRecords(from.quotations(), targets.quotations(), quotationIds, records);

        Map<String, Map<String, Object>> old = new LinkedHashMap<>();
        loadSources(from, new LinkedHashSet<>(document.sourceIds()), old);
        Map<String, List<Map<String, Object>>> citations = new LinkedHashMap<>();
        Map<String, Map<String, Object>> works = new LinkedHashMap<>();
        old.forEach((key, record) -> {
            List<Map<String, Object>> own = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) record.getOrDefault("citations", List.of())) {
                if (id.equals(c.get("document_id"))) {
                    own.add(c);
                }
            }
            if (!own.isEmpty()) {
                citations.put(key, own);
                Map<String, Object> work = new LinkedHashMap<>(record);
                work.keySet().removeAll(List.of("citations", "citation_count", "document_ids"));
                works.put(key, work);
            }
        });
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        loadSources(targets, citations.keySet(), sources);
        replaceCitations(id, citations, works, List.of(), sources);
        sourceOperations(sources, records);
        execute(records);

        GetResponse<Map> record = client.get(g -> g.index(from.documents()).id(id), Map.class);
        if (record.found() && record.source() != null) {
            Map<String, Object> copy = new LinkedHashMap<>(record.source());
            copy.put("locations", locations);
            client.index(i -> i.index(targets.documents()).id(id).document(copy));
        }
    }

    private void copyRecords(String fromIndex, String toIndex, List<String> ids, BulkRequest.Builder records)
            throws IOException {
        for (int start = 0; start < ids.size(); start += MGET_CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + MGET_CHUNK));
            MgetResponse<Map> found = client.mget(m -> m.index(fromIndex).ids(chunk), Map.class);
            for (MultiGetResponseItem<Map> item : found.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    Map<?, ?> source = item.result().source();
                    String rid = item.result().id();
                    records.operations(o -> o.index(i -> i.index(toIndex).id(rid).document(source)));
                }
            }
        }
    }

    /** Makes everything written so far visible to searches, all at once. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(List.of(targets.readable())));
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
    private void loadSources(IndexTargets in, Set<String> keys, Map<String, Map<String, Object>> sources)
            throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        MgetResponse<Map> existing = client.mget(m -> m.index(in.sources()).ids(List.copyOf(keys)), Map.class);
        for (MultiGetResponseItem<Map> item : existing.docs()) {
            Map<String, Object> stored = item.isResult() && item.result().found() && item.result().source() != null
                    ? new LinkedHashMap<>(item.result().source()) : new LinkedHashMap<>();
            sources.put(item.isResult() ? item.result().id() : item.failure().id(), stored);
        }
    }

    /** The citation entries a document's source citations make, by source key (one entry per mark). */
    private static Map<String, List<Map<String, Object>>> citationsByKey(String documentId, List<SourceCitation> citations) {
        Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
        for (SourceCitation c : citations) {
            List<Map<String, Object>> entries = byKey.computeIfAbsent(c.sourceKey(), k -> new ArrayList<>());
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
                entries.add(citation);
            }
        }
        return byKey;
    }

    private static Map<String, Map<String, Object>> worksByKey(List<SourceCitation> citations) {
        Map<String, Map<String, Object>> works = new LinkedHashMap<>();
        citations.forEach(c -> works.putIfAbsent(c.sourceKey(), c.work()));
        return works;
    }

    /**
     * A source record lists its citations from every document. Without scripts (the minimal engine has none),
     * this document's citations are replaced in the record read before, and the record is written back; an
     * empty record means no document cites the work any more.
     *
     * @param added        the document's citation entries by source key (empty: remove the document's citations)
     * @param works        the parsed work of each added key
     * @param previousKeys other keys the document cited before, whose citations from it are removed
     */
    @SuppressWarnings("unchecked")
    private static void replaceCitations(String documentId, Map<String, List<Map<String, Object>>> added,
                                         Map<String, Map<String, Object>> works, Collection<String> previousKeys,
                                         Map<String, Map<String, Object>> sources) {
        Set<String> relevant = new LinkedHashSet<>(previousKeys);
        relevant.addAll(added.keySet());
        for (String key : relevant) {
            Map<String, Object> record = sources.computeIfAbsent(key, k -> new LinkedHashMap<>());
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) record.getOrDefault("citations", List.of())) {
                if (!documentId.equals(c.get("document_id"))) {
                    kept.add(c);
                }
            }
            List<Map<String, Object>> own = added.getOrDefault(key, List.of());
            kept.addAll(own);
            if (kept.isEmpty()) {
                record.clear();
                continue;
            }
            if (!own.isEmpty() || !record.containsKey("title") && !record.containsKey("raw")) {
                record.putAll(works.getOrDefault(key, Map.of()));
            }
            record.put("citations", kept);
            record.put("citation_count", kept.size());
            record.put("document_ids", kept.stream().map(c -> c.get("document_id")).distinct().toList());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
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
