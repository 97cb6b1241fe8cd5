package org.yuanliu.portal.document;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A page of documents. */
@Serdeable
public record DocumentList(String query, long total, int page, int size, int lastPage, String sort,
                           List<DocumentSummary> documents) {
}
