package org.yuanliu.portal.document;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A whole document: metadata, table of contents and its text page by page. */
@Serdeable
public record DocumentDetail(String id, Document document, List<Heading> contents, List<DocumentPage> pages) {
}
