package org.yuanliu.indexer.index;

import java.util.Map;

/** The index (or alias) each kind of record is written to: the aliases normally, fresh indices in a rebuild. */
public record IndexTargets(String documents, String passages, String sources, String quotations, String journal) {

    public static IndexTargets aliases(IndexSchema schema) {
        return new IndexTargets(schema.alias(IndexKind.DOCUMENTS), schema.alias(IndexKind.PASSAGES),
                schema.alias(IndexKind.SOURCES), schema.alias(IndexKind.QUOTATIONS), schema.alias(IndexKind.JOURNAL));
    }

    public static IndexTargets of(Map<IndexKind, String> indices) {
        return new IndexTargets(indices.get(IndexKind.DOCUMENTS), indices.get(IndexKind.PASSAGES),
                indices.get(IndexKind.SOURCES), indices.get(IndexKind.QUOTATIONS), indices.get(IndexKind.JOURNAL));
    }

    /** The indices readers see (the journal is the writers' own). */
    public String[] readable() {
        return new String[]{documents, passages, sources, quotations};
    }
}
