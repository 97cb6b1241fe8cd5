package org.yuanliu.portal.admin;

import java.security.SecureRandom;
import java.util.Base64;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The key that signs the admin's login cookie (an HS256 JWT): random per start unless
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret} is configured (several portals behind one
 * load balancer must share it). A restart therefore logs the admin out; no key is ever built in.
 */
@Factory
@Requires(missingProperty = "micronaut.security.token.jwt.signatures.secret.generator.secret")
public class SessionSigningFactory {

    @Singleton
    @Named("generator")
    SecretSignatureConfiguration sessionSigningKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(Base64.getEncoder().encodeToString(key));
        configuration.setBase64(true);
        return configuration;
    }
}
