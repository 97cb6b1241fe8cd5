package org.yuanliu.portal.engine;

/** Elasticsearch cannot be reached (or its indices are missing): searches answer 503 until it is back. */
public final class EngineUnavailableException extends RuntimeException {
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
