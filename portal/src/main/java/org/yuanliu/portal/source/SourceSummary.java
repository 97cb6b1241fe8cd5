package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A source in a list: enough to recognise the work, and how often it is cited. */
@Serdeable
public record SourceSummary(String id, @Nullable String kind, @Nullable String title, List<String> authors,
                            @Nullable String container, @Nullable String publisher, @Nullable Integer year,
                            @Nullable String raw, int citationCount) {

    static SourceSummary of(String id, Source s) {
        return new SourceSummary(id, s.kind(), s.title(), s.authors() == null ? List.of() : s.authors(),
                s.container(), s.publisher(), s.year(), s.raw(), s.citationCount() == null ? 0 : s.citationCount());
    }
}
