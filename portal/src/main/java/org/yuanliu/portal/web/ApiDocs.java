package org.yuanliu.portal.web;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The API description: generated at build time from the API controllers (micronaut-openapi) into
 * {@code /openapi/yuanliu-portal-0.1.yml}, browsable with ReDoc at {@code /api-docs}.
 */
@OpenAPIDefinition(info = @Info(title = "yuanliu-portal", version = "0.1",
        description = "源流 Yuanliu: search Chinese policy texts on international S&T cooperation, their passages, "
                + "quotations and the sources they cite. Facet values are taxonomy ids (country SU, plan fyp13, "
                + "stage 1949-1977); add lang=en for English labels."))
@Hidden
@Controller
public class ApiDocs {
    public static final String SPEC = "/openapi/yuanliu-portal-0.1.yml";
    public static final String VIEWER = "/redoc/index.html";

    @Get("/api-docs")
    public HttpResponse<?> viewer() {
        return HttpResponse.seeOther(URI.create(VIEWER));
    }
}
