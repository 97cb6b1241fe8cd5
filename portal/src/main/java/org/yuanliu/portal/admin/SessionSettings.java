package org.yuanliu.portal.admin;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the admin's logins keep their state across restarts ({@code yuanliu.admin.session.*}).
 *
 * @param secretFile      the key that signs login cookies and CSRF tokens: 256 random bits made at first start,
 *                        readable by its owner only; not used when
 *                        {@code micronaut.security.token.jwt.signatures.secret.generator.secret} is configured
 * @param revocationsFile per admin, the instant of the last logout: logins issued before it are refused
 */
@ConfigurationProperties("yuanliu.admin.session")
public record SessionSettings(
        @Bindable(defaultValue = "data/session-secret") Path secretFile,
        @Bindable(defaultValue = "data/session-revocations") Path revocationsFile) {
}
