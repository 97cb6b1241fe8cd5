package org.yuanliu.benchmarks.quality;

import java.util.List;

/**
 * One document's (or, summed, one family's) measures. Ratios add up across documents (micro average); the edit
 * distance is averaged over the documents it applies to.
 *
 * @param sentences      gold sentences that come back whole inside one passage
 * @param editDistance   normalised Levenshtein distance of all paragraph text in reading order (mean over documents)
 * @param editDocuments  how many documents the edit distance is averaged over
 * @param headingsRight  extracted headings that are gold headings (precision)
 * @param headingsFound  gold headings that were extracted (recall)
 * @param linksRight     extracted mark→note links that reach the right note from the right place (precision)
 * @param linksFound     gold notes whose mark was linked to them (recall)
 * @param notesExact     gold notes whose text came back exactly as one extracted note
 * @param cells          gold table cells that came back as a cell of an extracted table
 * @param titles         titles cited in the gold notes (《》) that the citation parser gave back as a work's title
 * @param missed         the first gold sentences not found (for reading what breaks; empty for a family)
 */
public record DocumentScore(String name, String family, String style, int pages, double seconds, Ratio sentences,
                            double editDistance, int editDocuments, Ratio headingsRight, Ratio headingsFound,
                            Ratio linksRight, Ratio linksFound, Ratio notesExact, Ratio cells, Ratio titles,
                            List<String> missed) {
    public DocumentScore {
        missed = List.copyOf(missed);
    }

    public double linkF1() {
        return Ratio.f1(linksRight, linksFound);
    }

    /** The sum of several documents' scores, named for their family. */
    public static DocumentScore family(String family, List<DocumentScore> documents) {
        DocumentScore sum = new DocumentScore(family, family, documents.size() + " documents", 0, 0, Ratio.NONE,
                0, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, List.of());
        for (DocumentScore d : documents) {
            boolean edit = d.editDocuments > 0;
            sum = new DocumentScore(family, family, sum.style, sum.pages + d.pages, sum.seconds + d.seconds,
                    sum.sentences.plus(d.sentences),
                    edit ? sum.editDistance + d.editDistance * d.editDocuments : sum.editDistance,
                    sum.editDocuments + d.editDocuments,
                    sum.headingsRight.plus(d.headingsRight), sum.headingsFound.plus(d.headingsFound),
                    sum.linksRight.plus(d.linksRight), sum.linksFound.plus(d.linksFound),
                    sum.notesExact.plus(d.notesExact), sum.cells.plus(d.cells), sum.titles.plus(d.titles), List.of());
        }
        double mean = sum.editDocuments == 0 ? Double.NaN : sum.editDistance / sum.editDocuments;
        return new DocumentScore(family, family, sum.style, sum.pages, sum.seconds, sum.sentences, mean,
                sum.editDocuments, sum.headingsRight, sum.headingsFound, sum.linksRight, sum.linksFound,
                sum.notesExact, sum.cells, sum.titles, List.of());
    }
}
