package org.yuanliu.portal.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A footnote mark as printed in a passage (④), where it stood in the text (UTF-16 offset) and the notes it opens. */
@Serdeable
public record Marker(@Nullable String symbol, @Nullable Integer page, @Nullable Integer offset,
                     @Nullable List<String> noteIds) {
}
