package org.yuanliu.indexer.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yuanliu.indexer.document.DocumentJson;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.PassageEnrichment;
import org.yuanliu.indexer.enrich.QuotationRecord;
import org.yuanliu.indexer.policy.Policy;

/**
 * Turns an enriched document into the records of the documents, passages and quotations indices, with
 * deterministic ids (document id + position), so that re-indexing a file overwrites exactly its records.
 */
public final class IndexRecords {
    private IndexRecords() {
    }

    /** The number printed on a PDF page (87), when the page prints one. */
    private static java.util.Optional<String> printedPage(StructuredDocument d, int page) {
        return d.pages().stream().filter(pi -> pi.number() == page).findFirst().flatMap(pi -> pi.printedNumber());
    }

    public static String passageId(String documentId, int ordinal) {
        return documentId + "-p" + ordinal;
    }

    public static String quotationId(String documentId, int index) {
        return documentId + "-q" + index;
    }

    public static Map<String, Object> passage(EnrichedDocument enriched, Passage p) {
        StructuredDocument d = enriched.document();
        PassageEnrichment e = enriched.enrichment(p.ordinal());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document_id", d.file().id());
        r.put("document_title", d.metadata().title());
        d.metadata().publicationYear().ifPresent(y -> r.put("publication_year", y));
        r.put("kind", p.kind().id());
        r.put("ordinal", p.ordinal());
        r.put("page_start", p.pageStart());
        r.put("page_end", p.pageEnd());
        printedPage(d, p.pageStart()).ifPresent(n -> r.put("printed_page", n));
        p.heading().ifPresent(h -> {
            r.put("section", h.text());
            r.put("heading_level", h.level());
        });
        r.put("text", p.text());
        // indexed one sentence an array element, far apart, for sentence search; not kept in _source
        r.put("sentences", org.yuanliu.citation.text.Sentences.split(p.text()));
        r.put("original_text", p.rawText());
        r.put("language", d.metadata().language());
        r.put("ocr", d.metadata().ocr());
        p.table().ifPresent(t -> r.put("table", Map.of("caption", t.caption(), "rows", t.rows())));
        List<Map<String, Object>> markers = new ArrayList<>();
        Map<String, Map<String, Object>> footnotes = new LinkedHashMap<>();
        for (MarkerRef m : p.markers()) {
            markers.add(Map.of("symbol", m.symbol(), "page", m.page(), "offset", m.offset(), "note_ids", m.noteIds()));
            for (String noteId : m.noteIds()) {
                d.note(noteId).ifPresent(note -> footnotes.computeIfAbsent(noteId, id -> {
                    Map<String, Object> f = footnote(note);
                    f.put("source_ids", enriched.citations().stream().filter(c -> c.noteId().equals(id))
                            .map(c -> c.sourceKey()).distinct().toList());
                    return f;
                }));
            }
        }
        r.put("markers", markers);
        r.put("footnotes", List.copyOf(footnotes.values()));
        r.put("source_ids", e.sourceIds());
        e.facets().forEach(r::put);
        r.put("years", e.years());
        r.put("years_implied", e.impliedYears());
        // the stage facet with implied eras switched on counts both kinds in one field
        Set<String> anyStage = new LinkedHashSet<>(e.facets().getOrDefault("stage", List.of()));
        anyStage.addAll(e.facets().getOrDefault("stage_also", List.of()));
        r.put("stage_any", List.copyOf(anyStage));
        r.put("facet_evidence", e.evidence());
        enriched.policy().ifPresent(policy -> {
            // the document's policy facets on each passage, and the article a student cites it by
            r.put("policy_type", policy.type().name().toLowerCase(java.util.Locale.ROOT));
            r.put("issuers", policy.issuers());
            policy.yearIssued().ifPresent(y -> r.put("year_issued", y));
            String article = policy.articles().get(p.ordinal());
            if (article != null) {
                r.put("article", article);
            }
        });
        return r;
    }

    /** A policy document's own fields, as the documents index and {@code extract --format json} write them. */
    public static Map<String, Object> policy(Policy policy) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", policy.type().name().toLowerCase(java.util.Locale.ROOT));
        r.put("issuers", policy.issuers());
        policy.number().ifPresent(v -> r.put("number", v));
        policy.addressees().ifPresent(v -> r.put("addressees", v));
        policy.dateWritten().ifPresent(v -> r.put("date_written", v));
        policy.dateIssued().ifPresent(v -> r.put("date_issued", v));
        policy.dateInForce().ifPresent(v -> r.put("date_in_force", v));
        policy.yearIssued().ifPresent(v -> r.put("year_issued", v));
        r.put("copied_to", policy.copiedTo());
        r.put("attachments", policy.attachments().stream().map(a -> Map.of("label", a.label(), "title", a.title(),
                "passage", a.passage())).toList());
        r.put("article_count", new java.util.HashSet<>(policy.articles().values()).size());
        return r;
    }

    private static Map<String, Object> footnote(Note note) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", note.id());
        f.put("kind", note.kind().name().toLowerCase(java.util.Locale.ROOT));
        f.put("marker", String.join("", note.markers()));
        f.put("markers", note.markers());
        f.put("page", note.page());
        f.put("text", note.text());
        return f;
    }

    public static Map<String, Object> quotation(EnrichedDocument enriched, QuotationRecord q) {
        StructuredDocument d = enriched.document();
        PassageEnrichment e = enriched.enrichment(q.passage());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("text", q.text());
        r.put("group_key", q.groupKey());
        if (q.speaker() != null) {
            r.put("speaker", q.speaker());
            r.put("speaker_kind", q.speakerKind().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.date() != null) {
            r.put("date", q.date());
            if (q.date().matches("^\\d{4}.*")) {
                r.put("year", Integer.parseInt(q.date().substring(0, 4)));
            }
        }
        r.put("document_id", d.file().id());
        // what a hit shows, stored with it: a search needs no look-up of titles and printed pages
        r.put("document_title", d.metadata().title());
        r.put("passage_id", passageId(d.file().id(), q.passage()));
        r.put("page", q.page());
        printedPage(d, q.page()).ifPresent(n -> r.put("printed_page", n));
        if (q.marker() != null) {
            r.put("footnote_marker", q.marker());
        }
        r.put("source_ids", q.sourceKeys());
        r.put("sourced", !q.sourceKeys().isEmpty());
        for (String facet : List.of("stage", "country", "theme")) {
            r.put(facet, e.facets().getOrDefault(facet, List.of()));
        }
        return r;
    }

    public static Map<String, Object> document(EnrichedDocument enriched, Instant indexedAt) {
        StructuredDocument d = enriched.document();
        Map<String, Object> r = new LinkedHashMap<>();
        var m = d.metadata();
        r.put("title", m.title());
        r.put("authors", m.authors());
        m.journal().ifPresent(j -> r.put("journal", j));
        m.publicationYear().ifPresent(y -> r.put("publication_year", y));
        m.abstractText().ifPresent(a -> r.put("abstract", a));
        r.put("keywords", m.keywords());
        r.put("language", m.language());
        r.put("ocr", m.ocr());
        r.put("fields", m.fields());
        r.put("file_name", d.file().fileName());
        r.put("content_hash", d.file().contentHash());
        r.put("media_type", d.file().mediaType());
        r.put("page_count", d.pages().size());
        r.put("passage_count", d.passages().size());
        r.put("footnote_count", (int) d.notes().stream().filter(n -> n.kind() == Note.Kind.FOOTNOTE).count());
        r.put("quotation_count", enriched.quotations().size());
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : d.headings()) {
            headings.add(Map.of("level", h.level(), "text", h.text(), "page", h.page()));
        }
        r.put("headings", headings);
        r.put("printed_pages", d.pages().stream().map(p -> p.printedNumber().orElse(String.valueOf(p.number()))).toList());
        List<Map<String, Object>> notes = new ArrayList<>();
        d.notes().forEach(n -> notes.add(footnote(n)));
        r.put("notes", notes);
        Set<String> sources = new LinkedHashSet<>();
        enriched.citations().forEach(c -> sources.add(c.sourceKey()));
        r.put("source_ids", List.copyOf(sources));
        for (String facet : List.of("stage", "plan_named", "plan_period", "country", "theme")) {
            Set<String> values = new TreeSet<>();
            enriched.passages().values().forEach(pe -> values.addAll(pe.facets().getOrDefault(facet, List.of())));
            r.put(facet, List.copyOf(values));
        }
        Set<Integer> years = new TreeSet<>();
        enriched.passages().values().forEach(pe -> years.addAll(pe.years()));
        r.put("years", List.copyOf(years));
        enriched.policy().ifPresent(policy -> r.put("policy", policy(policy)));
        r.put("indexed_at", indexedAt.toString());
        r.put("schema_version", DocumentJson.SCHEMA_VERSION);
        return r;
    }
}
