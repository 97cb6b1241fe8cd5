package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.util.Map;

import org.yuanliu.indexer.index.IndexKind;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;

/**
 * A full rebuild: everything is written into a fresh generation of indices while the aliases keep serving
 * the old one; the aliases swap in one atomic request only when the batch has completed. If the batch fails,
 * the fresh indices are deleted and nothing a reader sees has changed.
 */
public final class Rebuild {

    /** The batch to run against the fresh indices. */
    @FunctionalInterface
    public interface Batch {
        Summary run(IndexTargets fresh) throws IOException;
    }

    private final IndexSchema schema;

    public Rebuild(IndexSchema schema) {
        this.schema = schema;
    }

    public Summary run(Batch batch) throws IOException {
        Map<IndexKind, String> fresh = schema.createGeneration();
        Summary summary;
        try {
            summary = batch.run(IndexTargets.of(fresh));
        } catch (IOException | RuntimeException e) {
            schema.discard(fresh);
            throw e;
        }
        schema.swapAliases(fresh);
        return summary;
    }
}
