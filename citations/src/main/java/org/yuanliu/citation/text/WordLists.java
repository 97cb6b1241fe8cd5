package org.yuanliu.citation.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editable word lists shipped as resources: read whole, or as {@code kind: word word …} lines. */
public final class WordLists {

    private WordLists() {
    }

    /** The lines of a resource next to {@code owner}; a missing resource is a packaging error. */
    public static List<String> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words by kind from {@code kind: word word …} lines, in file order; blank lines and # comments ignored. */
    public static Map<String, List<String>> byKind(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines) {
            String l = line.strip();
            int colon = l.indexOf(':');
            if (l.isEmpty() || l.startsWith("#") || colon < 0) {
                continue;
            }
            String words = l.substring(colon + 1).strip();
            if (!words.isEmpty()) {
                out.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>()).addAll(List.of(words.split("\\s+")));
            }
        }
        return out;
    }
}
