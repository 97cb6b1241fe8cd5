package org.yuanliu.portal.quotation;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A quotation found: its text as safe highlighted HTML, who said it when, and where it is quoted. */
@Serdeable
public record QuotationHit(String id, String textHtml, List<String> speaker, @Nullable String date,
                           @Nullable Integer year, @Nullable String documentId, @Nullable String documentTitle,
                           @Nullable String passageId, @Nullable Integer page, @Nullable String footnoteMarker,
                           List<String> sourceIds, boolean sourced) {
}
