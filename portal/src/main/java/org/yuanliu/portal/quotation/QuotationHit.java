package org.yuanliu.portal.quotation;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One place where words are quoted: who said them (a person, an institution or a document) when, the document, page (and printed page) and passage, the
 * note marker after the quotation and the works that note cites.
 */
@Serdeable
public record QuotationHit(String id, String text, List<String> speaker, @Nullable String speakerKind,
                           @Nullable String date,
                           @Nullable Integer year, @Nullable String documentId, @Nullable String documentTitle,
                           @Nullable String passageId, @Nullable Integer page, @Nullable String printedPage,
                           @Nullable String footnoteMarker, List<String> sourceIds, boolean sourced) {
}
