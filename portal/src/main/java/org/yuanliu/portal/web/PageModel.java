package org.yuanliu.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;

/** The model every page starts from: its labels, language, site links and the link to the other language. */
public final class PageModel {
    private PageModel() {
    }

    public static Map<String, Object> of(HttpRequest<?> request, String lang, Map<String, String> t) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", lang);
        model.put("links", new SiteLinks(lang));
        model.put("langSwitch", PageLink.of(request.getPath(), request.getParameters())
                .with("lang", t.get("lang.otherCode")).href());
        return model;
    }
}
