package org.yuanliu.benchmarks.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.SourceCitation;

/**
 * Scores what the indexer extracted from one document against its gold. The same rules for every document: nothing
 * here knows a file, a producer or a layout. Each measure is documented where it is computed.
 */
public final class QualityScorer {
    /** An extracted note stands for a gold note when their texts are at least this similar (1 − normalised edit distance). */
    public static final double NOTE_MATCH = 0.8;
    /** A mark may stand this many characters off its gold place and still be the same mark (a moved 。 or ”). */
    public static final int MARK_SLACK = 1;
    /** How many missed sentences a document's score keeps for reading. */
    public static final int MISSED_KEPT = 12;

    public DocumentScore score(Gold gold, EnrichedDocument enriched, int pages, double seconds) {
        StructuredDocument document = enriched.document();
        List<String> passages = document.passages().stream().map(p -> QualityText.normalise(p.text())).toList();
        List<String> units = new ArrayList<>(passages);
        if (gold.noteUnits()) {
            document.notes().forEach(n -> units.add(QualityText.normalise(n.text())));
        }
        // sentence recall: a gold sentence counts when it comes back whole inside one passage
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (String sentence : gold.sentences()) {
            if (units.stream().anyMatch(u -> u.contains(sentence))) {
                found++;
            } else if (missed.size() < MISSED_KEPT) {
                missed.add(sentence);
            }
        }
        Ratio sentences = new Ratio(found, gold.sentences().size());

        // edit distance of all paragraph text in reading order (paragraph passages; headings, notes, tables apart)
        double edit = Double.NaN;
        if (gold.readingOrder().isPresent()) {
            StringBuilder order = new StringBuilder();
            document.passages().stream().filter(p -> p.kind() == PassageKind.PARAGRAPH)
                    .forEach(p -> order.append(QualityText.normalise(p.text())));
            edit = QualityText.editDistance(gold.readingOrder().get(), order.toString());
        }

        // headings: precision over the extracted headings, recall over the gold ones, compared without their numbering
        Ratio headingsRight = Ratio.NONE;
        Ratio headingsFound = Ratio.NONE;
        if (gold.headings().isPresent()) {
            List<String> extracted = document.headings().stream().map(h -> QualityText.headingKey(h.text())).toList();
            List<String> wanted = gold.headings().get();
            headingsRight = new Ratio(matched(extracted, wanted), extracted.size());
            headingsFound = new Ratio(matched(wanted, extracted), wanted.size());
        }

        Ratio linksRight = Ratio.NONE;
        Ratio linksFound = Ratio.NONE;
        Ratio notesExact = Ratio.NONE;
        if (gold.notes().isPresent()) {
            List<Gold.Note> wanted = gold.notes().get();
            Map<String, Integer> noteToGold = assign(document.notes(), wanted);
            // a link is one (mark, note id) pair of any passage; it is right when the note stands for a gold note and
            // the mark stands where that gold note's mark does: inside its anchor sentence, in one passage
            int links = 0;
            Set<Integer> linked = new HashSet<>();
            for (Passage passage : document.passages()) {
                String text = QualityText.normalise(passage.text());
                for (MarkerRef mark : passage.markers()) {
                    int at = QualityText.normalise(passage.text().substring(0, Math.min(mark.offset(), passage.text().length()))).length();
                    for (String id : mark.noteIds()) {
                        links++;
                        Integer g = noteToGold.get(id);
                        if (g != null && !linked.contains(g) && markStandsAt(text, at, wanted.get(g))) {
                            linked.add(g);
                        }
                    }
                }
            }
            linksRight = new Ratio(linked.size(), links);
            linksFound = new Ratio(linked.size(), wanted.size());
            // note text exact: a gold note's text is, normalised, the text of one extracted note
            List<String> extracted = document.notes().stream().map(n -> QualityText.normalise(n.text())).toList();
            notesExact = new Ratio(matched(wanted.stream().map(Gold.Note::text).toList(), extracted), wanted.size());
        }

        // table cells: gold cells that are, normalised, a cell of an extracted table (each extracted cell used once)
        Ratio cells = Ratio.NONE;
        if (gold.tableCells().isPresent()) {
            List<String> extracted = new ArrayList<>();
            document.passages().stream().map(Passage::table).flatMap(Optional::stream)
                    .forEach(t -> t.rows().forEach(r -> r.forEach(c -> extracted.add(QualityText.normalise(c)))));
            cells = new Ratio(matched(gold.tableCells().get(), extracted), gold.tableCells().get().size());
        }

        // source titles: each title the gold notes cite in 《》 is the title of a work the citation parser returned
        Ratio titles = Ratio.NONE;
        if (gold.sourceTitles().isPresent()) {
            Set<String> parsed = new HashSet<>();
            for (SourceCitation c : enriched.citations()) {
                Object title = c.work().get("title");
                if (title != null) {
                    parsed.add(QualityText.normalise(title.toString()).replaceAll("^《|》$", ""));
                }
            }
            List<String> wanted = gold.sourceTitles().get();
            titles = new Ratio((int) wanted.stream().filter(parsed::contains).count(), wanted.size());
        }
        return new DocumentScore(gold.name(), gold.family(), gold.style(), pages, seconds, sentences, edit,
                Double.isNaN(edit) ? 0 : 1, headingsRight, headingsFound, linksRight, linksFound, notesExact, cells, titles, missed);
    }

    /** How many of {@code items} find an equal, not yet used, element in {@code pool} (multiset intersection). */
    static int matched(List<String> items, List<String> pool) {
        Map<String, Integer> left = new HashMap<>();
        pool.forEach(p -> left.merge(p, 1, Integer::sum));
        int hits = 0;
        for (String item : items) {
            Integer n = left.get(item);
            if (n != null && n > 0) {
                left.put(item, n - 1);
                hits++;
            }
        }
        return hits;
    }

    /** Extracted note id → index of the gold note it stands for: one to one, the most similar pairs first. */
    static Map<String, Integer> assign(List<Note> extracted, List<Gold.Note> wanted) {
        record Pair(String id, int gold, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Note note : extracted) {
            String text = QualityText.normalise(note.text());
            for (int g = 0; g < wanted.size(); g++) {
                double s = QualityText.similarity(text, wanted.get(g).text());
                if (s >= NOTE_MATCH) {
                    pairs.add(new Pair(note.id(), g, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        Map<String, Integer> out = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.id()) && !taken.contains(p.gold())) {
                out.put(p.id(), p.gold());
                taken.add(p.gold());
            }
        }
        return out;
    }

    /** Whether the passage holds the note's anchor sentence with the mark at (about) its gold place in it. */
    static boolean markStandsAt(String passage, int markAt, Gold.Note note) {
        String anchor = note.anchor();
        for (int start = passage.indexOf(anchor); start >= 0; start = passage.indexOf(anchor, start + 1)) {
            if (Math.abs(markAt - (start + note.markAt())) <= MARK_SLACK) {
                return true;
            }
        }
        return false;
    }
}
