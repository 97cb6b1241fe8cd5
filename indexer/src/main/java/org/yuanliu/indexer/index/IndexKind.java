package org.yuanliu.indexer.index;

import java.io.InputStream;

/** The four indices, each defined by a JSON resource in the mappings module. */
public enum IndexKind {
    DOCUMENTS("documents"),
    PASSAGES("passages"),
    SOURCES("sources"),
    QUOTATIONS("quotations");

    private final String name;

    IndexKind(String name) {
        this.name = name;
    }

    /** The alias searches and writes go through, e.g. {@code yuanliu-passages}. */
    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    InputStream definition() {
        InputStream in = IndexKind.class.getClassLoader().getResourceAsStream("yuanliu/index/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException("index definition yuanliu/index/" + name + ".json missing from the classpath");
        }
        return in;
    }
}
