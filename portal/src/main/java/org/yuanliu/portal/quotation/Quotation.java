package org.yuanliu.portal.quotation;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A quotation as stored in the quotations index (see mappings/index/quotations.json), with its document's title and
 * its page's printed number, so that a page of hits needs no look-ups.
 */
@Serdeable
public record Quotation(@Nullable String text, @Nullable String groupKey, @Nullable List<String> speaker,
                        @Nullable String speakerKind,
                        @Nullable String date, @Nullable Integer year, @Nullable String documentId,
                        @Nullable String documentTitle, @Nullable String passageId, @Nullable Integer page,
                        @Nullable String printedPage, @Nullable String footnoteMarker,
                        @Nullable List<String> sourceIds, @Nullable Boolean sourced, @Nullable List<String> stage,
                        @Nullable List<String> country, @Nullable List<String> theme) {
}
