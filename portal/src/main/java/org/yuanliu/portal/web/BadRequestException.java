package org.yuanliu.portal.web;

/** A request the portal cannot answer as asked; the message tells the visitor what to change. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
