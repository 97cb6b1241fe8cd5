package org.yuanliu.portal.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A heading of a document: an entry of its table of contents. */
@Serdeable
public record Heading(@Nullable Integer level, @Nullable String text, @Nullable Integer page) {
}
