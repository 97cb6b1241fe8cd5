package org.yuanliu.indexer.document;

import java.util.Optional;

/** A physical page and the page number printed on it, when the running heads or feet carry one. */
public record PageInfo(int number, Optional<String> printedNumber) {
}
