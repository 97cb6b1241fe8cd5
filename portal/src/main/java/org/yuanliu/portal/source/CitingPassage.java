package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One place that cites a source: the document, page, note marker, pages cited and the passage's text. */
@Serdeable
public record CitingPassage(@Nullable String documentId, @Nullable String documentTitle, @Nullable String passageId,
                            @Nullable Integer page, @Nullable String marker, List<String> citedPages,
                            @Nullable String passageText) {
}
