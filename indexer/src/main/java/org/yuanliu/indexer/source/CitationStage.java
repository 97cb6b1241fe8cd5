package org.yuanliu.indexer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.ContributorRole;
import org.yuanliu.citation.source.FootnoteParser;
import org.yuanliu.citation.source.ParsedNote;
import org.yuanliu.citation.source.SourceKey;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.PassageEnrichment;
import org.yuanliu.indexer.enrich.SourceCitation;

/**
 * Parses every footnote and reference into the works it cites, keys each work so that the same work cited
 * anywhere is one source, and records each citation with the marks that point at it, the passages carrying
 * them and the page cited per mark (④⑤⑥ … 第 87、91、91 页).
 */
public final class CitationStage implements UnaryOperator<EnrichedDocument> {

    @Override
    public EnrichedDocument apply(EnrichedDocument enriched) {
        Map<String, List<MarkerAt>> marksByNote = new HashMap<>();
        for (Passage p : enriched.document().passages()) {
            for (MarkerRef m : p.markers()) {
                for (String noteId : m.noteIds()) {
                    marksByNote.computeIfAbsent(noteId, id -> new ArrayList<>()).add(new MarkerAt(m.symbol(), p.ordinal()));
                }
            }
        }
        List<SourceCitation> citations = new ArrayList<>(enriched.citations());
        Map<Integer, Set<String>> keysByPassage = new HashMap<>();
        for (Note note : enriched.document().notes()) {
            ParsedNote parsed = FootnoteParser.parse(noteText(note));
            if (!parsed.cites()) {
                continue;
            }
            List<MarkerAt> marks = marksByNote.getOrDefault(note.id(), List.of());
            List<String> symbols = marks.stream().map(MarkerAt::symbol).toList();
            List<Integer> passages = marks.stream().map(MarkerAt::passage).toList();
            for (CitedWork work : parsed.works()) {
                String key = SourceIds.of(SourceKey.of(work).value());
                List<String> pages = new ArrayList<>();
                for (int i = 0; i < marks.size(); i++) {
                    pages.add(parsed.works().size() == 1 ? parsed.pagesForMarker(i, marks.size()).orElse(null)
                            : String.join("、", work.pages()));
                }
                List<String> markers = symbols.isEmpty() ? note.markers() : symbols;
                citations.add(new SourceCitation(key, record(work), note.id(), note.page(), markers, passages, pages, work.lead()));
                passages.forEach(p -> keysByPassage.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(key));
            }
        }
        Map<Integer, PassageEnrichment> enrichments = new HashMap<>(enriched.passages());
        keysByPassage.forEach((ordinal, keys) -> {
            enrichments.put(ordinal, enriched.enrichment(ordinal).withSourceIds(List.copyOf(keys)));
        });
        return enriched.withCitations(citations, enrichments);
    }

    private record MarkerAt(String symbol, int passage) {
    }

    /** The note as printed, marks first, which is what the parser reads. */
    private static String noteText(Note note) {
        String marks = note.kind() == Note.Kind.REFERENCE ? "[" + String.join("", note.markers()) + "]"
                : String.join("", note.markers());
        return marks + " " + note.text();
    }

    /** The work's fields as the sources index stores them. */
    static Map<String, Object> record(CitedWork work) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", work.kind().name().toLowerCase(Locale.ROOT));
        put(r, "title", work.title());
        // authors are the authors (printed or implied by the title); editors are never authors
        r.put("authors", work.contributors(ContributorRole.AUTHOR).stream().map(Contributor::name).toList());
        r.put("editors", work.contributors(ContributorRole.EDITOR).stream().map(Contributor::name).toList());
        r.put("contributors", work.contributors().stream().map(CitationStage::contributor).toList());
        put(r, "container", work.container());
        put(r, "volume", work.volume());
        put(r, "edition", work.edition());
        put(r, "issue", work.issue());
        put(r, "publisher", work.publisher());
        put(r, "place", work.place());
        if (work.year() != null) {
            r.put("year", work.year());
        }
        put(r, "date", work.date());
        put(r, "url", work.url());
        put(r, "language", work.language());
        r.put("pages", work.pages());
        put(r, "raw", work.raw());
        return r;
    }

    private static Map<String, Object> contributor(Contributor c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("role", c.role().name().toLowerCase(Locale.ROOT));
        if (c.implied()) {
            m.put("implied", true);
        }
        return m;
    }

    private static void put(Map<String, Object> record, String field, String value) {
        if (value != null && !value.isBlank()) {
            record.put(field, value);
        }
    }
}
