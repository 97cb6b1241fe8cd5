package org.yuanliu.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between pages, carrying the visitor's language. */
public record SiteLinks(String lang) {

    public String document(String id) {
        return "/documents/" + encode(id) + suffix();
    }

    public String passage(String documentId, String passageId) {
        return document(documentId) + "#" + anchor(passageId);
    }

    public String source(String id) {
        return "/sources/" + encode(id) + suffix();
    }

    /** The page that cites a passage, quotation, source or document in every format. */
    public String citation(String kind, String id) {
        return "/cite/" + kind + "/" + encode(id) + suffix();
    }

    public String citationFile(String kind, String id, String format) {
        return "/api/cite/" + kind + "/" + encode(id) + "/" + format;
    }

    public String matrix() {
        return "/matrix" + suffix();
    }

    public String search() {
        return "/" + suffix();
    }

    /** The passages like this one ("more like this"). */
    public String similar(String passageId) {
        return "/?like=" + encode(passageId) + ("en".equals(lang) ? "&lang=en" : "");
    }

    public static String anchor(String passageId) {
        return "passage-" + passageId;
    }

    private String suffix() {
        return "en".equals(lang) ? "?lang=en" : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
