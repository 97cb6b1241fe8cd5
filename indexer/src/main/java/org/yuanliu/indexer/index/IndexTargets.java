package org.yuanliu.indexer.index;

import java.util.Map;

/** The index (or alias) each kind of record is written to: the aliases normally, fresh indices in a rebuild. */
public record IndexTargets(String documents, String passages, String sources, String quotations) {

    public static IndexTargets aliases(IndexSchema schema) {
        return new IndexTargets(schema.alias(IndexKind.DOCUMENTS), schema.alias(IndexKind.PASSAGES),
                schema.alias(IndexKind.SOURCES), schema.alias(IndexKind.QUOTATIONS));
    }

    public static IndexTargets of(Map<IndexKind, String> indices) {
        return new IndexTargets(indices.get(IndexKind.DOCUMENTS), indices.get(IndexKind.PASSAGES),
                indices.get(IndexKind.SOURCES), indices.get(IndexKind.QUOTATIONS));
    }
}
