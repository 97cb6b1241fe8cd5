package org.yuanliu.indexer;

import java.nio.file.Path;

import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

/** The sample PDFs in samples/ (see samples/README.md), parsed by the real reader. */
public final class Samples {
    public static final String CAS = "cas-2020-istc-policy-evolution.pdf";
    public static final String PARTY_HISTORY = "party-history-2024-istc-exchange.pdf";

    private Samples() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("yuanliu.samples", "../samples"));
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }

    public static StructuredDocument read(String name) {
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        Path file = file(name);
        return reader.read(file, reader.identify(file));
    }
}
