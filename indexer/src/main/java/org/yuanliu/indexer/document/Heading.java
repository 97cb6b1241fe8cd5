package org.yuanliu.indexer.document;

/** A section heading with its level (1 = top) and the page it is printed on. */
public record Heading(int level, String text, int page) {
}
