package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A note a passage refers to. The indexer stores the note's id; the works it cites are found through the sources
 * index, whose citations name the note ({@code note_id}); {@code sourceIds} is filled in by the portal.
 */
@Serdeable
public record Footnote(@Nullable String id, @Nullable String marker, @Nullable List<String> markers,
                       @Nullable Integer page, @Nullable String text, @Nullable List<String> citedPages,
                       @Nullable List<String> sourceIds) {

    /** The marks in the text that open this note: one note may serve several (④⑤⑥ → ④, ⑤, ⑥). */
    public List<String> symbols() {
        if (markers != null && !markers.isEmpty()) {
            return markers;
        }
        return marker == null ? List.of() : List.of(marker);
    }

    public List<String> sources() {
        return sourceIds == null ? List.of() : sourceIds;
    }
}
