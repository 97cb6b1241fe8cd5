package org.yuanliu.portal.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Why a passage carries a facet value: the words that matched, where they stand in the passage (UTF-16 offsets,
 * -1 when the evidence is outside the passage, e.g. its section's years) and what kind of match it was.
 */
@Serdeable
public record Evidence(@Nullable String text, @Nullable Integer start, @Nullable Integer end, @Nullable String kind) {
}
