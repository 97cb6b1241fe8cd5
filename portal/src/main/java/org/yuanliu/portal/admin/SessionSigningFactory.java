package org.yuanliu.portal.admin;

import java.util.Base64;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and verifies the admin's login cookie (an HS256 JWT) with the {@link SessionKey}, unless
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret} is configured, in which case the framework
 * makes the same bean from that secret.
 * <p>
 * The bean is declared as a {@link SignatureGeneratorConfiguration}, not a {@link SecretSignatureConfiguration}: a
 * factory bean inherits the annotations of its declared type, and {@code SecretSignatureConfiguration} is an
 * {@code @EachProperty} of {@code micronaut.security.token.jwt.signatures.secret}, so without such properties no bean
 * was made at all. With no signature bean, micronaut-security-jwt issues unsigned ({@code alg: none}) tokens and,
 * worse, accepts them: its validators take a plain JWT as verified when no signature configuration exists.
 */
@Factory
@Requires(missingProperty = SessionKey.CONFIGURED)
public class SessionSigningFactory {

    @Singleton
    @Named("generator") // the name the framework's token generator asks for
    SignatureGeneratorConfiguration loginSignature(SessionKey key) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(Base64.getEncoder().encodeToString(key.signingKey()));
        configuration.setBase64(true);
        return new SecretSignature(configuration); // HS256, the framework's signer and verifier
    }
}
