package org.yuanliu.engine;

/** The local engine could not be installed, started or stopped; the message says what to do. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
