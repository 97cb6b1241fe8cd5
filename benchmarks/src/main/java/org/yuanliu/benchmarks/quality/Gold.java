package org.yuanliu.benchmarks.quality;

import java.util.List;
import java.util.Optional;

/**
 * What a document should give back, as far as it is known. A typeset document's gold comes from the source text it
 * was typeset from and knows everything; a real PDF's gold knows only its own text stream's sentences and, when the
 * PDF has an outline, its headings. A measure whose gold is absent does not apply.
 *
 * @param name          the PDF's file name
 * @param family        producer and layout ({@code libreoffice/two-column}, {@code real-dev}), the unit of the report
 * @param style         how its notes are made ({@code footnote-perpage-circled}), or how its gold was made
 * @param sentences     gold sentences, normalised ({@link QualityText#sentences})
 * @param readingOrder  all paragraph text in reading order, normalised, when known
 * @param headings      heading texts ({@link QualityText#headingKey}), when known
 * @param notes         the notes with the sentence their mark stands in, when known
 * @param tableCells    non-empty table cells, normalised, when known
 * @param sourceTitles  titles the notes cite (from 《》), normalised, when known
 * @param noteUnits     whether a sentence found in a note counts as found (a page's text stream holds its notes)
 */
public record Gold(String name, String family, String style, List<String> sentences, Optional<String> readingOrder,
                   Optional<List<String>> headings, Optional<List<Note>> notes, Optional<List<String>> tableCells,
                   Optional<List<String>> sourceTitles, boolean noteUnits) {

    /**
     * A note as typeset: its text, and the sentence of the body its mark stands in.
     *
     * @param text   the note's text, normalised
     * @param anchor the sentence holding the character before the mark, normalised
     * @param markAt where the mark stands inside the anchor (normalised characters from its start)
     */
    public record Note(String text, String anchor, int markAt) {
    }

    public Gold {
        sentences = List.copyOf(sentences);
        headings = headings.map(List::copyOf);
        notes = notes.map(List::copyOf);
        tableCells = tableCells.map(List::copyOf);
        sourceTitles = sourceTitles.map(List::copyOf);
    }
}
