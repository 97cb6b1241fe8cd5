package org.yuanliu.portal.document;

import java.util.List;

import org.yuanliu.portal.search.Footnote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One page of a document's text: its passages in reading order and the notes printed on it. */
@Serdeable
public record DocumentPage(int page, @Nullable String printedPage, List<DocumentPassage> passages,
                           List<Footnote> footnotes) {
}
