package org.yuanliu.citation.quotation;

import java.util.Objects;

/**
 * A footnote marker in a paragraph.
 *
 * @param offset where the marker is (or was, if the caller removed it) in the paragraph text
 * @param marker the mark as printed: ⑤, [3]
 */
public record MarkerPosition(int offset, String marker) {

    public MarkerPosition {
        Objects.requireNonNull(marker, "marker");
    }
}
