package org.yuanliu.citation.export;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/**
 * CSL-JSON through citeproc-java's own serialisation (so the JSON is what citeproc renders), written by Jackson
 * as UTF-8 text rather than citeproc's \\uXXXX escapes.
 */
final class CslJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CslJsonWriter() {
    }

    static List<String> write(List<CSLItemData> items) {
        return items.stream().map(CslJsonWriter::write).toList();
    }

    /** Enum values (the CSL type) as their CSL names ("book"), as citeproc's string serialisation writes them. */
    private static Object plain(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(CslJsonWriter::plain).toList();
        }
        if (v instanceof Object[] a) {
            return Arrays.stream(a).map(CslJsonWriter::plain).toList();
        }
        if (v instanceof int[] a) {
            return a;
        }
        return v instanceof Enum<?> ? v.toString() : v;
    }

    private static String write(CSLItemData item) {
        try {
            return JSON.writeValueAsString(plain(item.toJson(new MapJsonBuilderFactory().createJsonBuilder())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
