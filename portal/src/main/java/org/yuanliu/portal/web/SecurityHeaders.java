package org.yuanliu.portal.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every response. The pages use no inline script and no inline style (SVG bars use
 * presentation attributes; the copy button is /static/copy.js), so the content security policy can forbid both.
 * <p>
 * The filter runs first of all ({@link ServerFilterPhase#FIRST}), around every other one: without an order it ran
 * inside the security filter, and the 401s, 403s and login redirects that filter answers with went out bare.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {
    /** The response attribute by which a page names the nonce of the style elements its own script makes. */
    public static final String STYLE_NONCE = "yuanliu.style-nonce";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String nonce = response.getAttribute(STYLE_NONCE, String.class).orElse(null);
        response.header("Content-Security-Policy", nonce == null ? POLICY : apiDocsPolicy(nonce));
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /**
     * The API reference (ReDoc, see {@link ApiDocs}): the same policy, script from the portal only, plus what ReDoc
     * strictly needs. It styles itself with {@code <style>} elements made at run time (styled-components), allowed by
     * a nonce fresh for each response rather than by {@code 'unsafe-inline'}; it fetches the API description
     * ({@code connect-src 'self'}); and its search box runs in a worker it makes from a {@code blob:} URL, which only
     * the page's own script can create. The one style element it inserts while its script loads, before it can be
     * given the nonce, is allowed by hash: perfect-scrollbar's fixed stylesheet ({@link #SCROLLBAR_STYLE}) and the
     * empty element it starts as. Its "by Redocly" logo from cdn.redoc.ly stays blocked: the page loads nothing from
     * elsewhere (ReDoc then leaves the logo out).
     */
    static String apiDocsPolicy(String nonce) {
        return "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "' '" + SCROLLBAR_STYLE + "' '"
                + EMPTY_STYLE + "'; img-src 'self' data:; connect-src 'self'; worker-src blob:; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    /** perfect-scrollbar 1.5's CSS as bundled in ReDoc 2 (micronaut-openapi's redoc.standalone.js). */
    static final String SCROLLBAR_STYLE = "sha256-QMIg+bpjm3JdElJ388KYke01izlUW0UoNOeKjpMxdgc=";
    /** The empty string: harmless, and what a style element holds when it is inserted before its text. */
    static final String EMPTY_STYLE = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
