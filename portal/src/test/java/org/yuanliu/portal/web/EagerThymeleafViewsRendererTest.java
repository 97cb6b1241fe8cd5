package org.yuanliu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.http.simple.SimpleHttpRequest;

/** A template that fails fails when the page is rendered, before any response is written: never a hanging request. */
class EagerThymeleafViewsRendererTest {

    private static EagerThymeleafViewsRenderer<Map<String, Object>> renderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("views-broken/");
        resolver.setSuffix(".html");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        HttpLocaleResolver locales = new HttpLocaleResolver() {
            @Override
            public Optional<Locale> resolve(HttpRequest<?> request) {
                return Optional.of(Locale.ROOT);
            }

            @Override
            public Locale resolveOrDefault(HttpRequest<?> request) {
                return Locale.ROOT;
            }
        };
        return new EagerThymeleafViewsRenderer<>(resolver, engine,
                ClassPathResourceLoader.defaultLoader(EagerThymeleafViewsRendererTest.class.getClassLoader()), locales);
    }

    @Test
    void aBrokenTemplateFailsAtRenderNotAtWrite() {
        HttpRequest<?> request = new SimpleHttpRequest<>(HttpMethod.GET, "/documents/x", null);

        assertThatThrownBy(() -> renderer().render("broken", Map.of("t", Map.of(), "x", "k", "y", "v"), request))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aGoodTemplateIsWrittenAsRendered() throws Exception {
        HttpRequest<?> request = new SimpleHttpRequest<>(HttpMethod.GET, "/", null);
        StringWriter out = new StringWriter();

        renderer().render("good", Map.of("name", "源流"), request).writeTo(out);

        assertThat(out.toString()).contains("<p>源流</p>");
    }
}
