package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A note a passage refers to, with the works it cites ({@code source_ids} in the sources index). */
@Serdeable
public record Footnote(@Nullable String marker, @Nullable Integer page, @Nullable String text,
                       @Nullable List<String> citedPages, @Nullable List<String> sourceIds) {

    public List<String> sources() {
        return sourceIds == null ? List.of() : sourceIds;
    }
}
