package org.yuanliu.indexer.document;

/** What a passage is in the document; the portal filters and displays by it. */
public enum PassageKind {
    ABSTRACT, KEYWORDS, PARAGRAPH, TABLE, REFERENCE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
