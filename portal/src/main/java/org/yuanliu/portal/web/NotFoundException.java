package org.yuanliu.portal.web;

/** A document, source or page that does not exist. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
