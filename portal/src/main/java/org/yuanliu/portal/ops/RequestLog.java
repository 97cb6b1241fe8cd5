package org.yuanliu.portal.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * One log line per request, without personal data: method, the route template (e.g. {@code /documents/{id}}) or
 * else the path, status and duration. Never the client address, the query string (it carries what people search
 * for), cookies, user agent or user name. Logger {@code yuanliu.requests}; off with
 * {@code yuanliu.request-log.enabled=false}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "yuanliu.request-log.enabled", notEquals = StringUtils.FALSE, defaultValue = StringUtils.TRUE)
public class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("yuanliu.requests");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        LOG.info("{} {} {} {}ms", request.getMethodName(), route(request), response.code(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static String route(HttpRequest<?> request) {
        return BasicHttpAttributes.getUriTemplate(request).orElseGet(request::getPath);
    }
}
