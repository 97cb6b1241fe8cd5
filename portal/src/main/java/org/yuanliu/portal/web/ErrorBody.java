package org.yuanliu.portal.web;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every API error: the status and a message meant for the person who made the request. */
@Serdeable
public record ErrorBody(int status, String error, String message) {
}
