package org.yuanliu.portal.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/**
 * Synchronizer tokens for the admin forms and API, without server-side state: a token is an HMAC, under a key
 * derived from the {@link SessionKey}, of the admin's login cookie (or, on the login form, of a random pre-login
 * cookie); like the login, it survives a restart. Another site can
 * make the browser send those cookies but cannot read them, so it cannot produce the token. A token is valid for as
 * long as the login it belongs to. Forms send it as the {@code csrfToken} field, scripts as {@code X-CSRF-Token}.
 */
@Singleton
public class CsrfTokens {
    public static final String FIELD = "csrfToken";
    public static final String HEADER = "X-CSRF-Token";
    static final String LOGIN_COOKIE = "YUANLIU_LOGIN";

    private final byte[] key;
    private final String sessionCookie;
    private final SecureRandom random = new SecureRandom();

    public CsrfTokens(SessionKey sessionKey,
                      @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String sessionCookie) {
        this.key = sessionKey.derive("csrf");
        this.sessionCookie = sessionCookie;
    }

    /** The token for a logged-in admin's forms. */
    public String token(HttpRequest<?> request) {
        return sign("session:" + cookie(request, sessionCookie).orElse(""));
    }

    /** Whether a submitted token belongs to the admin's login. */
    public boolean valid(HttpRequest<?> request, String submitted) {
        Optional<String> session = cookie(request, sessionCookie);
        return session.isPresent() && matches(sign("session:" + session.get()), submitted);
    }

    /** The token for the login form; sets the pre-login cookie it is bound to if the browser has none. */
    public String loginToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String nonce = cookie(request, LOGIN_COOKIE).orElseGet(() -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.cookie(Cookie.of(LOGIN_COOKIE, value).httpOnly(true).sameSite(SameSite.Strict).path("/admin")
                    .secure(request.isSecure()));
            return value;
        });
        return sign("login:" + nonce);
    }

    public boolean validLogin(HttpRequest<?> request, String submitted) {
        Optional<String> nonce = cookie(request, LOGIN_COOKIE);
        return nonce.isPresent() && matches(sign("login:" + nonce.get()), submitted);
    }

    private static boolean matches(String expected, String submitted) {
        return submitted != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                submitted.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> cookie(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
