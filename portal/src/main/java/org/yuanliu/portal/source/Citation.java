package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where a source is cited: a passage of a document, the note and its marker, and the pages of the source cited. */
@Serdeable
public record Citation(@Nullable String documentId, @Nullable String passageId, @Nullable Integer page,
                       @Nullable String marker, @Nullable List<String> citedPages, @Nullable String lead,
                       @Nullable String noteId, @Nullable String noteText) {
}
