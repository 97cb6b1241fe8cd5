package org.yuanliu.indexer.document;

import java.util.List;
import java.util.Optional;

/**
 * A searchable unit: a paragraph (joined across lines, columns and pages), a table, an abstract or a
 * reference entry.
 *
 * @param ordinal   position in reading order, from 0
 * @param text      normalised text for search and display; note markers removed (see {@code markers})
 * @param rawText   the text as printed, markers included, before normalisation
 * @param pageStart physical page (1-based) where the passage starts
 * @param pageEnd   physical page where it ends
 * @param section   the headings it sits under, outermost first
 */
public record Passage(int ordinal, PassageKind kind, String text, String rawText, int pageStart, int pageEnd,
                      List<Heading> section, List<MarkerRef> markers, Optional<Table> table) {
    public Passage {
        section = List.copyOf(section);
        markers = List.copyOf(markers);
    }

    public Optional<Heading> heading() {
        return section.isEmpty() ? Optional.empty() : Optional.of(section.get(section.size() - 1));
    }
}
