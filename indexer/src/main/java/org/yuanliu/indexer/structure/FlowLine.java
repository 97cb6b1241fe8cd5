package org.yuanliu.indexer.structure;

import org.yuanliu.indexer.layout.PlacedLine;

/** A body line in document reading order, with what it was recognised as. */
public record FlowLine(PlacedLine placed, Role role) {
    public enum Role { TEXT, HEADING, REFERENCES_HEADING, REFERENCE }

    public int page() {
        return placed.page();
    }
}
