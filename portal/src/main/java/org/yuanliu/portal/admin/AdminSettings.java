package org.yuanliu.portal.admin;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The admin account and upload limits ({@code yuanliu.admin.*}). There is no built-in password: without
 * {@code password} or {@code password-hash}, one is generated on first start, printed once, and only its hash is kept
 * in {@code password-hash-file}.
 *
 * @param username         login name
 * @param password         the password in clear (e.g. from a secret store); hashed in memory, never written
 * @param passwordHash     a hash made by {@code PasswordHash} ({@code pbkdf2-sha256$…})
 * @param passwordHashFile where a generated password's hash is kept
 * @param maxFiles         files accepted in one upload
 */
@ConfigurationProperties("yuanliu.admin")
public record AdminSettings(
        @Bindable(defaultValue = "admin") String username,
        @Nullable String password,
        @Nullable String passwordHash,
        @Bindable(defaultValue = "data/admin-password.hash") Path passwordHashFile,
        @Bindable(defaultValue = "20") int maxFiles) {
}
