package org.yuanliu.portal.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The API description: generated at build time from the API controllers (micronaut-openapi) into
 * {@code /openapi/yuanliu-portal-0.1.yml}, browsable with ReDoc at {@code /api-docs}. The page is ours, not the one
 * micronaut-openapi generates, because that one starts ReDoc with an inline script: ours loads ReDoc's script from
 * {@code /redoc/res/} and starts it from {@code /static/api-docs.js}, under the portal's content security policy.
 */
@OpenAPIDefinition(info = @Info(title = "yuanliu-portal", version = "0.1",
        description = "源流 Yuanliu: search Chinese policy texts on international S&T cooperation, their passages, "
                + "quotations and the sources they cite. Facet values are taxonomy ids (country SU, plan fyp13, "
                + "stage 1949-1977); add lang=en for English labels."))
@Hidden
@Controller
public class ApiDocs {
    public static final String SPEC = "/openapi/yuanliu-portal-0.1.yml";
    public static final String VIEWER = "/redoc/res/redoc.standalone.js";
    private final SecureRandom random = new SecureRandom();

    @Get(uri = "/api-docs", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> viewer() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>("api-docs",
                Map.of("spec", SPEC, "viewer", VIEWER, "nonce", nonce)));
        // ReDoc's run-time <style> elements carry this nonce; SecurityHeaders allows it on this response only
        response.setAttribute(SecurityHeaders.STYLE_NONCE, nonce);
        return response;
    }
}
