package org.yuanliu.indexer.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The structured document as JSON, in the versioned schema documented in docs/extraction-schema.md — for
 * researchers who want the structure itself and for comparing extraction quality between versions.
 */
public final class DocumentJson {
    public static final String SCHEMA_VERSION = "1.3";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {
    }

    public static ObjectNode toJson(StructuredDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        SourceFile file = document.file();
        root.putObject("file").put("id", file.id()).put("name", file.fileName()).put("sha256", file.contentHash())
                .put("media_type", file.mediaType()).put("size", file.size());
        DocumentMetadata m = document.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("title", m.title());
        m.authors().forEach(meta.putArray("authors")::add);
        m.journal().ifPresent(j -> meta.put("journal", j));
        m.publicationYear().ifPresent(y -> meta.put("publication_year", y));
        m.abstractText().ifPresent(a -> meta.put("abstract", a));
        ArrayNode keywords = meta.putArray("keywords");
        m.keywords().forEach(keywords::add);
        meta.put("language", m.language());
        meta.put("ocr", m.ocr());
        ObjectNode fields = meta.putObject("fields");
        m.fields().forEach(fields::put);
        ArrayNode pages = root.putArray("pages");
        document.pages().forEach(p -> {
            ObjectNode page = pages.addObject().put("number", p.number());
            p.printedNumber().ifPresent(n -> page.put("printed", n));
        });
        ArrayNode headings = root.putArray("headings");
        document.headings().forEach(h -> headings.addObject().put("level", h.level()).put("text", h.text()).put("page", h.page()));
        ArrayNode passages = root.putArray("passages");
        for (Passage p : document.passages()) {
            ObjectNode passage = passages.addObject().put("ordinal", p.ordinal()).put("kind", p.kind().id())
                    .put("page_start", p.pageStart()).put("page_end", p.pageEnd()).put("text", p.text());
            p.heading().ifPresent(h -> passage.put("section", h.text()));
            ArrayNode markers = passage.putArray("markers");
            p.markers().forEach(mk -> {
                ObjectNode marker = markers.addObject().put("symbol", mk.symbol()).put("page", mk.page()).put("offset", mk.offset());
                mk.noteIds().forEach(marker.putArray("notes")::add);
            });
            p.table().ifPresent(t -> {
                ObjectNode table = passage.putObject("table").put("caption", t.caption());
                ArrayNode rows = table.putArray("rows");
                t.rows().forEach(r -> r.forEach(rows.addArray()::add));
            });
        }
        ArrayNode notes = root.putArray("notes");
        document.notes().forEach(n -> {
            ObjectNode note = notes.addObject().put("id", n.id()).put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("page", n.page()).put("text", n.text());
            n.markers().forEach(note.putArray("markers")::add);
        });
        return root;
    }

    /** The structure plus what enrichment found: facets and years per passage, cited works, quotations. */
    public static ObjectNode toJson(org.yuanliu.indexer.enrich.EnrichedDocument enriched) {
        ObjectNode root = toJson(enriched.document());
        ArrayNode passages = (ArrayNode) root.get("passages");
        for (int i = 0; i < passages.size(); i++) {
            ObjectNode passage = (ObjectNode) passages.get(i);
            var e = enriched.enrichment(passage.get("ordinal").asInt());
            ObjectNode facets = passage.putObject("facets");
            e.facets().forEach((facet, ids) -> {
                if (!ids.isEmpty()) {
                    ids.forEach(facets.putArray(facet)::add);
                }
            });
            e.years().forEach(passage.putArray("years")::add);
            e.impliedYears().forEach(passage.putArray("years_implied")::add);
            e.sourceIds().forEach(passage.putArray("source_ids")::add);
            passage.set("facet_evidence", MAPPER.valueToTree(e.evidence()));
            String article = enriched.policy().map(p -> p.articles().get(passage.get("ordinal").asInt())).orElse(null);
            if (article != null) {
                passage.put("article", article);
            }
        }
        enriched.policy().ifPresent(p -> root.set("policy",
                MAPPER.valueToTree(org.yuanliu.indexer.index.IndexRecords.policy(p))));
        ArrayNode citations = root.putArray("citations");
        enriched.citations().forEach(c -> {
            ObjectNode citation = citations.addObject().put("source_id", c.sourceKey()).put("note_id", c.noteId())
                    .put("page", c.page());
            c.markers().forEach(citation.putArray("markers")::add);
            c.citedPages().forEach(page -> citation.withArray("cited_pages").add(page));
            if (c.lead() != null) {
                citation.put("lead", c.lead());
            }
            citation.set("work", MAPPER.valueToTree(c.work()));
        });
        ArrayNode quotations = root.putArray("quotations");
        enriched.quotations().forEach(q -> {
            ObjectNode quotation = quotations.addObject().put("text", q.text()).put("passage", q.passage()).put("page", q.page());
            if (q.speaker() != null) {
                quotation.put("speaker", q.speaker());
                quotation.put("speaker_kind", q.speakerKind().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (q.date() != null) {
                quotation.put("date", q.date());
            }
            if (q.marker() != null) {
                quotation.put("marker", q.marker());
            }
            q.sourceKeys().forEach(quotation.putArray("source_ids")::add);
        });
        return root;
    }
}
