package org.yuanliu.portal.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Puts {@link AdminLogins#accepts} into the framework's token validation, beside its signature and expiry checks: a
 * token it refuses authenticates nobody (401 on the API, the login form on pages).
 *
 * @param <T> the request type
 */
@Singleton
final class AdminLoginClaimsValidator<T> implements GenericJwtClaimsValidator<T> {
    private final AdminLogins logins;

    AdminLoginClaimsValidator(AdminLogins logins) {
        this.logins = logins;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return logins.accepts(claims);
    }
}
