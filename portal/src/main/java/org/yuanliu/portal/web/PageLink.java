package org.yuanliu.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.http.HttpParameters;

/**
 * A link to a page state. The whole state of a search page lives in its query string (permalinks and the back
 * button just work); every control on the page is a link to the current state with one change. Changing a filter
 * drops the page number, since page 7 of another result set means nothing.
 */
public final class PageLink {
    private final String path;
    private final List<Map.Entry<String, String>> parameters;

    private PageLink(String path, List<Map.Entry<String, String>> parameters) {
        this.path = path;
        this.parameters = List.copyOf(parameters);
    }

    public static PageLink of(String path, HttpParameters current) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String name : current.names()) {
            current.getAll(name).stream().filter(v -> !v.isBlank()).forEach(v -> parameters.add(Map.entry(name, v)));
        }
        return new PageLink(path, parameters);
    }

    public static PageLink to(String path) {
        return new PageLink(path, List.of());
    }

    public PageLink path(String newPath) {
        return new PageLink(newPath, parameters);
    }

    /** Keeps only the named parameters (e.g. the query and the language when switching tabs). */
    public PageLink keep(String... names) {
        List<String> kept = List.of(names);
        return new PageLink(path, parameters.stream().filter(p -> kept.contains(p.getKey())).toList());
    }

    public PageLink with(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(withoutName(name));
        if (value != null && !value.isEmpty()) {
            next.add(Map.entry(name, value));
        }
        return new PageLink(path, next);
    }

    public PageLink without(String name) {
        return new PageLink(path, withoutName(name));
    }

    /** Ticks or unticks one value of a multi-valued filter, back on page 1. */
    public PageLink toggle(String name, String value) {
        List<Map.Entry<String, String>> next = new ArrayList<>(withoutName("page"));
        Map.Entry<String, String> entry = Map.entry(name, value);
        if (!next.remove(entry)) {
            next.add(entry);
        }
        return new PageLink(path, next);
    }

    public PageLink filter(String name, String value) {
        return new PageLink(path, withoutName("page")).with(name, value);
    }

    public PageLink unfilter(String... names) {
        PageLink link = new PageLink(path, withoutName("page"));
        for (String name : names) {
            link = link.without(name);
        }
        return link;
    }

    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    public String href() {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?" + parameters.stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return href();
    }

    private List<Map.Entry<String, String>> withoutName(String name) {
        return parameters.stream().filter(p -> !p.getKey().equals(name)).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
