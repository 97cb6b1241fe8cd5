package org.yuanliu.portal.document;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A whole document: metadata, table of contents, its text page by page, and the documents most like it (by the
 * distinctive words of their titles, abstracts and headings).
 */
@Serdeable
public record DocumentDetail(String id, Document document, List<Heading> contents, List<DocumentPage> pages,
                             List<DocumentSummary> similar) {
}
