package org.yuanliu.indexer.index;

import java.io.InputStream;

/**
 * The indices, each defined by a JSON resource in the mappings module. The journal holds the writes in flight, so
 * that a write cut off at any moment is rolled back (or finished) before anything else is written.
 */
public enum IndexKind {
    DOCUMENTS("documents"),
    PASSAGES("passages"),
    SOURCES("sources"),
    QUOTATIONS("quotations"),
    JOURNAL("journal");

    private final String name;

    IndexKind(String name) {
        this.name = name;
    }

    /** The alias searches and writes go through, e.g. {@code yuanliu-passages}. */
    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    /** The {@code mappings} part of the definition, as JSON. */
    String mappings() throws java.io.IOException {
        try (InputStream in = definition()) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            return json.writeValueAsString(json.readTree(in).get("mappings"));
        }
    }

    InputStream definition() {
        InputStream in = IndexKind.class.getClassLoader().getResourceAsStream("yuanliu/index/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException("index definition yuanliu/index/" + name + ".json missing from the classpath");
        }
        return in;
    }
}
