package org.yuanliu.indexer.index;

import java.io.IOException;
import java.util.List;

/**
 * Indices made by an older version whose fields this version defines differently (a changed analyser or index
 * option): they keep serving as they are until a rebuild re-reads every document they record into fresh ones.
 */
public final class OutdatedIndexException extends IOException {
    private final List<String> indices;

    OutdatedIndexException(List<String> indices, String detail) {
        super("the indices " + String.join(", ", indices) + " were made by an older version (" + detail
                + "): a rebuild re-reads every file they record into the new layout (indexer --rebuild; the portal "
                + "rebuilds on start)");
        this.indices = List.copyOf(indices);
    }

    public List<String> indices() {
        return indices;
    }
}
