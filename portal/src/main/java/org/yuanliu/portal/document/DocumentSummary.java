package org.yuanliu.portal.document;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A document in a list of documents. */
@Serdeable
public record DocumentSummary(String id, @Nullable String title, List<String> authors, List<String> journal,
                              @Nullable Integer publicationYear, @Nullable Integer pageCount,
                              @Nullable Integer passageCount, @Nullable Integer footnoteCount) {

    static DocumentSummary of(String id, Document d) {
        return new DocumentSummary(id, d.title(), nonNull(d.authors()), nonNull(d.journal()), d.publicationYear(),
                d.pageCount(), d.passageCount(), d.footnoteCount());
    }

    static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
