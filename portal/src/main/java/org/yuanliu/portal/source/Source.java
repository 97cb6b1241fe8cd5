package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A cited work as stored in the sources index (see mappings/index/sources.json). */
@Serdeable
public record Source(@Nullable String kind, @Nullable String title, @Nullable List<String> authors,
                     @Nullable List<Contributor> contributors,
                     @Nullable String container, @Nullable String volume, @Nullable String edition,
                     @Nullable String issue,
                     @Nullable String publisher, @Nullable String place, @Nullable Integer year,
                     @Nullable String date, @Nullable String url, @Nullable String language,
                     @Nullable List<String> pages, @Nullable String raw,
                     @Nullable Integer citationCount, @Nullable List<Citation> citations) {

    /**
     * A person or body responsible for the work, with its role (author, editor, translator); implied when the title
     * names it and the note does not (毛泽东 of 《毛泽东文集》).
     */
    @Serdeable
    public record Contributor(@Nullable String name, @Nullable String role, @Nullable Boolean implied) {
    }
}
