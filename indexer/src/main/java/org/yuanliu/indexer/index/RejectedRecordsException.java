package org.yuanliu.indexer.index;

import java.io.IOException;

/** Elasticsearch refused some records of one document (a mapping conflict, an oversized value…), not the batch. */
public final class RejectedRecordsException extends IOException {
    public RejectedRecordsException(String message) {
        super(message);
    }
}
