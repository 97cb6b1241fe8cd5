package org.yuanliu.portal.document;

import java.util.List;

import org.yuanliu.portal.search.FacetTag;
import org.yuanliu.portal.search.Footnote;
import org.yuanliu.portal.search.Marker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A passage in the document view, with its notes and its facet values with the evidence for each. */
@Serdeable
public record DocumentPassage(String id, @Nullable Integer ordinal, @Nullable String kind,
                              @Nullable Integer headingLevel, @Nullable String section, @Nullable String text,
                              @Nullable String printedPage, List<Footnote> footnotes, List<Marker> markers,
                              List<FacetTag> tags) {
}
