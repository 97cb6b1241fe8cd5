package org.yuanliu.citation.export;

import java.util.Objects;
import org.yuanliu.citation.source.CitedWork;

/**
 * A quotation or passage cited from an indexed document: the document is the container that gets cited.
 *
 * @param text     the quoted words or passage text
 * @param speaker  who is quoted, or null
 * @param document the indexed document (article, policy text) the passage is in
 * @param page     the page the passage is on, or null
 */
public record QuotedPassage(String text, String speaker, CitedWork document, String page) {

    public QuotedPassage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }
}
