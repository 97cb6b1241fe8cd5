package org.yuanliu.portal.web;

import java.io.IOException;
import java.io.StringWriter;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;

/**
 * Renders a page before its response starts instead of while it is written. Thymeleaf's renderer defers the work
 * to the write, where an error in a template has nowhere to go and the request hangs without an answer
 * (micronaut-views#832); rendered here, the error reaches the error handler and the reader gets a 500 page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
@Requires(classes = TemplateEngine.class)
@Produces(MediaType.TEXT_HTML)
public class EagerThymeleafViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    public EagerThymeleafViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                       ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("cannot render " + viewName, e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
