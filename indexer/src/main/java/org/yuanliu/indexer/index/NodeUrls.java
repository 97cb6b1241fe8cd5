package org.yuanliu.indexer.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.apache.http.HttpHost;

/**
 * The nodes of a cluster as the user writes them: one URL or several, comma-separated
 * ({@code http://es1:9200,http://es2:9200}). The client spreads requests over them and, when one stops answering,
 * retries on the others, so a cluster stays reachable while any listed node is up.
 */
public final class NodeUrls {
    private NodeUrls() {
    }

    /**
     * Parses a comma-separated list; {@code setting} names the option or variable in the error message.
     *
     * @throws IllegalArgumentException naming the setting and the bad entry
     */
    public static List<URI> parse(String urls, String setting) {
        List<URI> parsed = new ArrayList<>();
        for (String entry : urls.split(",")) {
            String url = entry.strip();
            if (url.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw invalid(setting, url);
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw invalid(setting, url);
            }
            parsed.add(uri);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException(setting + " names no Elasticsearch node: give a URL such as "
                    + "http://127.0.0.1:9200, or several separated by commas");
        }
        return List.copyOf(parsed);
    }

    /** The client's hosts for the given URLs. */
    public static HttpHost[] hosts(List<URI> urls) {
        return urls.stream().map(url -> HttpHost.create(url.toString())).toArray(HttpHost[]::new);
    }

    private static IllegalArgumentException invalid(String setting, String url) {
        return new IllegalArgumentException(setting + ": '" + url + "' is not an http(s) URL of an Elasticsearch node "
                + "(e.g. http://127.0.0.1:9200; several nodes separated by commas)");
    }
}
