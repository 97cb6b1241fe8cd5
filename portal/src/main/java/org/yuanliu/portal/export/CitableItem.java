package org.yuanliu.portal.export;

import org.yuanliu.citation.export.QuotedPassage;
import org.yuanliu.citation.source.CitedWork;

import io.micronaut.core.annotation.Nullable;

/**
 * Something a reader cites: a work (a source or a document), or words quoted from a document at a page (a passage
 * or a quotation), which is cited as its document at that page.
 *
 * @param kind   passage, quotation, source or document
 * @param title  what the export page is about
 * @param back   the page the item is shown on
 */
public record CitableItem(String kind, String id, String title, String back, @Nullable CitedWork work,
                          @Nullable QuotedPassage quoted) {
}
