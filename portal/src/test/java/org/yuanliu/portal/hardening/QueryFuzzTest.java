package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yuanliu.indexer.IndexedSamples;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.portal.TestPortal;

/**
 * Whatever is typed into the query box or the URL, the portal answers in bounded time with a result or a clear 4xx:
 * never a 500, never an engine error or a stack trace. A seeded generator mixes quotes, query-syntax characters,
 * very long queries, unknown facet values and parameters, silly page numbers and broken encodings over every
 * endpoint that takes user input; the requests go over a raw socket so that invalid bytes reach the server as sent.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFuzzTest {
    static final Duration BOUND = Duration.ofSeconds(5);
    static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "at io.", "co.elastic", "search_phase_execution",
            "Caused by", "elasticsearch", "query_shard", "parse_exception", "NullPointer");
    private static final String JSON = "application/json";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** Fragments the generator strings together: quotes, Lucene/ES syntax, scripts, invisible and odd characters. */
    static final List<String> FRAGMENTS = List.of("\"", "“", "”", "「", "」", "'", "+", "-", "&&", "||", "!", "(", ")", "{", "}",
            "[", "]", "^", "~", "*", "?", ":", "\\", "/", "OR", "AND", "NOT", "|", "-\"", "\"\"", "* ", "~2", "^10",
            "title:", "_id:", "/.*/", "\\\"", "%", "&", "=", "#", ";", "<", ">", "<b>", "${x}", "{{7*7}}", "'--",
            "苏联", "自力更生", "独立自主不是闭关自守", "十三五", "蘇聯", "一带一路", "Sowjetunion", "USSR", "科技",
            "Москва", "العربية", "עברית", "ひらがな", "한국어", "ไทย", "😀", "👨‍👩‍👧", "\u200B", "\u200F", "\uFEFF", "\u0301",
            "ｆｕｌｌ", "\u3000", " ", "  ", "\t", "e\u0301", "𠀀", "\u0000", "\u007F", "\r\n", "12", "-1", "1e9", "0x1F");
    static final List<String> UNKNOWN_VALUES = List.of("XX", "不存在的值", "<script>", "*", "../../etc/passwd", "' OR 1=1 --",
            "\"", "苏联\"", "\u0000", "ZZ-9999");

    /** An endpoint that takes a query string: its path, the parameters it knows, its keyword facets. */
    record Endpoint(String path, String accept, Set<String> params, List<String> keywordFacets, boolean paged) {
    }

    static final Set<String> PASSAGE = Set.of("q", "stage", "plan_named", "plan_period", "country", "theme", "document",
            "from", "to", "sort", "page", "size", "interval", "lang");
    static final Set<String> QUOTATION = Set.of("q", "speaker", "sourced", "year", "stage", "country", "theme", "from", "to",
            "sort", "page", "size", "interval", "lang");
    static final Set<String> SOURCE = Set.of("q", "kind", "author", "container", "publisher", "year", "sort", "page", "size",
            "lang");
    static final Set<String> DOCUMENT = Set.of("q", "sort", "page", "size", "lang");
    static final Set<String> MATRIX = Set.of("q", "stage", "plan_named", "plan_period", "country", "theme", "document", "from",
            "to", "view", "lang");
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/search", JSON, PASSAGE, List.of("stage", "country", "theme", "plan_named", "document"), true),
            new Endpoint("/search", HTML, PASSAGE, List.of("stage", "country", "theme", "plan_named", "document"), true),
            new Endpoint("/", HTML, PASSAGE, List.of("country", "theme"), true),
            new Endpoint("/api/search/csv", "text/csv", PASSAGE, List.of("country", "theme"), true),
            new Endpoint("/api/quotations", JSON, QUOTATION, List.of("speaker", "stage", "country"), true),
            new Endpoint("/search?tab=quotations", HTML, QUOTATION, List.of("speaker", "country"), true),
            new Endpoint("/api/quotations/csv", "text/csv", QUOTATION, List.of("speaker"), true),
            new Endpoint("/api/sources", JSON, SOURCE, List.of("kind", "author", "publisher", "container"), true),
            new Endpoint("/search?tab=sources", HTML, SOURCE, List.of("kind", "author"), true),
            new Endpoint("/api/documents", JSON, DOCUMENT, List.of(), true),
            new Endpoint("/search?tab=documents", HTML, DOCUMENT, List.of(), true),
            new Endpoint("/api/matrix", JSON, MATRIX, List.of("stage", "country", "theme"), false),
            new Endpoint("/matrix", HTML, MATRIX, List.of("stage", "country", "theme"), false));

    private TestPortal portal;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples) {
        // max-results is 100 in TestPortal: page × size above it is refused
        portal = TestPortal.start(node.engine().url(), samples.prefix());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    /** One generated request and whether it is valid (must answer 200) or not (must answer 4xx with a message). */
    record Case(Endpoint endpoint, String target, boolean valid, String why) {
    }

    @Test
    void hundredsOfGeneratedQueriesNeverBreakThePortal() {
        Random random = new Random(20240610L);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(generate(random, ENDPOINTS.get(i % ENDPOINTS.size())));
        }
        SoftAssertions soft = new SoftAssertions();
        int ok = 0;
        int refused = 0;
        for (Case c : cases) {
            RawHttp.Response response = RawHttp.answer(portal.url(), c.target(), c.endpoint().accept());
            checkSafe(soft, c.target(), response);
            if (c.valid()) {
                soft.assertThat(response.status()).as("valid (%s): GET %s → %s", c.why(), show(c.target()), response).isEqualTo(200);
                ok++;
            } else {
                soft.assertThat(response.status()).as("invalid (%s): GET %s → %s", c.why(), show(c.target()), response)
                        .isBetween(400, 499);
                checkClearMessage(soft, c.endpoint().accept(), show(c.target()), response);
                refused++;
            }
        }
        soft.assertAll();
        assertThat(ok).as("the generator makes valid requests too").isGreaterThan(100);
        assertThat(refused).as("the generator makes invalid requests too").isGreaterThan(50);
    }

    @Test
    void aTenThousandCharacterQueryIsRefusedClearly() {
        Random random = new Random(7);
        StringBuilder ascii = new StringBuilder();
        while (ascii.length() < 10_000) {
            ascii.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(7) == 0) {
                ascii.append(' ');
            }
        }
        String chinese = "独立自主不是闭关自守".repeat(1000);
        String syntax = "(+\"a\"~2 || b^3 && !c* ?d:[e TO f] {g} \\ /h/) ".repeat(250).substring(0, 10_000);
        SoftAssertions soft = new SoftAssertions();
        for (String q : List.of(ascii.toString(), chinese, syntax)) {
            for (Endpoint endpoint : ENDPOINTS) {
                String target = endpoint.path() + (endpoint.path().contains("?") ? "&" : "?") + "q=" + encode(q);
                RawHttp.Response response = RawHttp.answer(portal.url(), target, endpoint.accept());
                checkSafe(soft, endpoint.path() + "?q=<" + q.length() + " chars>", response);
                soft.assertThat(response.status()).as("%s with a %d-character query: %s", endpoint.path(), q.length(), response)
                        .isEqualTo(400);
                soft.assertThat(response.body()).as(endpoint.path()).containsAnyOf("too long", "500 characters");
            }
        }
        soft.assertAll();
    }

    @Test
    void aRequestLineBeyondTheServersLimitIsRefusedAndThePortalCarriesOn() {
        String target = "/api/search?q=" + encode("苏".repeat(20_000)); // 180 KB, over the 128 KB request line limit
        RawHttp.Response response = RawHttp.get(portal.url(), target, JSON);
        SoftAssertions soft = new SoftAssertions();
        if (response != null) {
            checkSafe(soft, target, response);
            soft.assertThat(response.status()).as("%s → %s", show(target), response).isBetween(400, 499);
        }
        RawHttp.Response after = RawHttp.answer(portal.url(), "/api/search?q=" + encode("苏联"), JSON);
        soft.assertThat(after.status()).as("the next request is served").isEqualTo(200);
        soft.assertAll();
    }

    @Test
    void brokenPercentEncodingAndInvalidUtf8AreAnsweredWithoutAServerError() {
        List<String> broken = List.of("%E4%B8", "%ZZ", "%", "%%", "%E4%B8%2", "%C0%AF", "%FF%FE%FD", "%ED%A0%80", "%F4%90%80%80",
                "%00", "abc%", "%u82CF%u8054", "%E8%8B%8F%E8", "\"%E4%B8\"", "%E8%8B%8F%E8%81%94%E4");
        List<String> paths = List.of("/api/search?q=", "/search?q=", "/api/quotations?q=", "/api/sources?q=", "/api/documents?q=",
                "/api/matrix?q=", "/api/search/csv?q=", "/search?tab=quotations&q=", "/api/search?country=",
                "/api/search?page=", "/api/search?", "/sources/", "/documents/", "/cite/source/", "/cite/passage/",
                "/api/cite/source/", "/api/sources/", "/api/documents/");
        SoftAssertions soft = new SoftAssertions();
        for (String path : paths) {
            for (String bytes : broken) {
                String target = path + bytes;
                RawHttp.Response response = RawHttp.answer(portal.url(), target,
                        path.startsWith("/api") ? JSON : HTML);
                checkSafe(soft, target, response);
                soft.assertThat(response.status()).as("GET %s → %s", show(target), response).isIn(200, 400, 404);
            }
        }
        // raw bytes that are not UTF-8 at all, unencoded in the request line
        for (byte[] raw : List.of(new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xC3, (byte) 0x28})) {
            for (String path : List.of("/api/search?q=", "/search?q=", "/sources/")) {
                byte[] prefix = path.getBytes(StandardCharsets.US_ASCII);
                byte[] target = new byte[prefix.length + raw.length];
                System.arraycopy(prefix, 0, target, 0, prefix.length);
                System.arraycopy(raw, 0, target, prefix.length, raw.length);
                RawHttp.Response response = RawHttp.answered(RawHttp.send(portal.url(), target,
                        path.startsWith("/api") ? JSON : HTML), path + "<raw bytes>");
                checkSafe(soft, path + "<raw bytes>", response);
                soft.assertThat(response.status()).as("%s<raw bytes> → %s", path, response).isIn(200, 400, 404);
            }
        }
        soft.assertAll();
    }

    @Test
    void junkInPathsIsNotFoundNotAnError() {
        List<String> ids = List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "%2F", "*", "%22", "%E2%80%9C",
                "a%5Cb", "%7B%7D", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "x".repeat(2000), "%E8%8B%8F%E8%81%94", "0",
                "-1", "%00", "%20", "null", "undefined", "%25");
        List<String> prefixes = List.of("/sources/", "/documents/", "/documents/%s/original", "/api/sources/", "/api/documents/",
                "/cite/passage/", "/cite/quotation/", "/cite/source/", "/cite/document/", "/cite/unknown/",
                "/api/cite/source/", "/api/cite/document/%s/bibtex", "/api/cite/source/%s/nope", "/api/cite/passage/%s/ris");
        SoftAssertions soft = new SoftAssertions();
        for (String prefix : prefixes) {
            for (String id : ids) {
                String target = prefix.contains("%s") ? prefix.replace("%s", id) : prefix + id;
                RawHttp.Response response = RawHttp.answer(portal.url(), target, prefix.startsWith("/api") ? JSON : HTML);
                checkSafe(soft, target, response);
                soft.assertThat(response.status()).as("GET %s → %s", show(target), response).isIn(400, 404);
                checkClearMessage(soft, prefix.startsWith("/api") ? JSON : HTML, show(target), response);
            }
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------------------------

    static String show(String target) {
        return target.length() <= 200 ? target : target.substring(0, 200) + "…(" + target.length() + " characters)";
    }

    static void checkSafe(SoftAssertions soft, String fullTarget, RawHttp.Response response) {
        String target = show(fullTarget);
        soft.assertThat(response.status()).as("no server error for GET %s → %s", target, response).isLessThan(500);
        soft.assertThat(response.elapsed()).as("bounded time for GET %s", target).isLessThan(BOUND);
        for (String leak : LEAKS) {
            soft.assertThat(response.body()).as("no engine or Java internals in the answer to GET %s", target)
                    .doesNotContain(leak);
        }
    }

    static void checkClearMessage(SoftAssertions soft, String accept, String target, RawHttp.Response response) {
        if (response.status() >= 400 && response.status() < 500 && accept.equals(JSON)) {
            soft.assertThat(response.header("content-type")).as("JSON error for %s", target).contains("application/json");
            soft.assertThat(TestPortal.parse(response.body()).path("message").asText()).as("message for %s", target)
                    .isNotBlank();
        } else if (response.status() >= 400 && accept.equals(HTML)) {
            soft.assertThat(response.body()).as("a friendly page for %s", target).contains("<html");
        }
    }

    static Case generate(Random random, Endpoint endpoint) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> params.put("q", junk(random, 1 + random.nextInt(12)));
                case 4 -> {
                    if (!endpoint.keywordFacets().isEmpty()) {
                        String facet = endpoint.keywordFacets().get(random.nextInt(endpoint.keywordFacets().size()));
                        params.put(facet, random.nextBoolean() ? pick(random, UNKNOWN_VALUES) : junk(random, 3));
                    }
                }
                case 5 -> {
                    String value = pick(random, List.of("-1", "0", "1", "2", "5", "999999999", "2147483647", "2147483648",
                            "-2147483649", "1e3", "abc", "１", "", " 3 ", "0x10", "+4", "3.5"));
                    params.put(random.nextBoolean() ? "page" : "size", value);
                }
                case 6 -> params.put(pick(random, List.of("debug", "callback", "q[]", "_source", "pretty", "PAGE", "Q",
                        "<x>", "tab2", "format")), junk(random, 2));
                case 7 -> params.put(random.nextBoolean() ? "from" : "to",
                        pick(random, List.of("1949", "2020", "0", "-5", "99999", "1978-01", "", "abc")));
                case 8 -> params.put("sort", pick(random, List.of("relevance", "year", "citations", "random", "", "_score",
                        "<b>")));
                default -> params.put("lang", pick(random, List.of("en", "zh", "fr", "", "<script>", "../")));
            }
        }
        // what the portal should think of it
        for (Map.Entry<String, String> p : params.entrySet()) {
            String name = p.getKey();
            String value = p.getValue().strip();
            if (!endpoint.params().contains(name)) {
                invalid.add("unknown parameter " + name);
            } else if (value.isEmpty()) {
                continue; // blank parameters are ignored
            } else if (name.equals("q") && p.getValue().strip().length() > 500) {
                invalid.add("long query");
            } else if (name.equals("from") || name.equals("to")) {
                if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1000 || Integer.parseInt(value) > 2999) {
                    invalid.add(name + "=" + value);
                }
            } else if (name.equals("lang") && !List.of("zh", "en").contains(value)) {
                invalid.add("lang=" + value);
            } else if (name.equals("sort") && !validSort(endpoint, value)) {
                invalid.add("sort=" + value);
            }
        }
        String from = params.getOrDefault("from", "").strip();
        String to = params.getOrDefault("to", "").strip();
        if (from.matches("\\d{4}") && to.matches("\\d{4}") && Integer.parseInt(from) > Integer.parseInt(to)) {
            invalid.add("from after to");
        }
        if (endpoint.paged()) {
            Long page = number(params.get("page"));
            Long size = number(params.get("size"));
            if (page == null && !blank(params.get("page"))) {
                invalid.add("page not a number");
            } else if (size == null && !blank(params.get("size"))) {
                invalid.add("size not a number");
            } else {
                long p = page == null ? 1 : page;
                long s = size == null ? 20 : size;
                if (p < 1 || s < 1 || s > 50 || p * s > 100) {
                    invalid.add("page " + p + " × size " + s);
                }
            }
        }
        String query = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String target = endpoint.path() + (query.isEmpty() ? "" : (endpoint.path().contains("?") ? "&" : "?") + query);
        return new Case(endpoint, target, invalid.isEmpty(), invalid.isEmpty() ? "all known" : String.join(", ", invalid));
    }

    private static boolean validSort(Endpoint endpoint, String value) {
        if (endpoint.params() == SOURCE) {
            return List.of("citations", "year", "title", "relevance").contains(value);
        }
        if (endpoint.params() == DOCUMENT) {
            return List.of("year", "title", "relevance").contains(value);
        }
        return List.of("relevance", "year", "year_desc").contains(value);
    }

    private static boolean blank(String value) {
        return value == null || value.strip().isEmpty();
    }

    private static Long number(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String junk(Random random, int fragments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            text.append(pick(random, FRAGMENTS));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
