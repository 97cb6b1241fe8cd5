package org.yuanliu.portal.document;

import java.util.List;

import org.yuanliu.portal.search.Footnote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A passage in the document view. */
@Serdeable
public record DocumentPassage(String id, @Nullable Integer ordinal, @Nullable String kind,
                              @Nullable Integer headingLevel, @Nullable String section, @Nullable String text,
                              List<Footnote> footnotes) {
}
