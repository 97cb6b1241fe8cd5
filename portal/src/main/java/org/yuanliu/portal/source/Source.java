package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A cited work as stored in the sources index (see mappings/index/sources.json). */
@Serdeable
public record Source(@Nullable String kind, @Nullable String title, @Nullable List<String> authors,
                     @Nullable String container, @Nullable String volume, @Nullable String issue,
                     @Nullable String publisher, @Nullable String place, @Nullable Integer year,
                     @Nullable String date, @Nullable String url, @Nullable String raw,
                     @Nullable Integer citationCount, @Nullable List<Citation> citations) {
}
