package org.yuanliu.indexer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.yuanliu.indexer.document.DocumentJson;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indexer extract FILE}: prints the structured document without touching Elasticsearch. */
@Command(name = "extract", description = "Print the structure extracted from one file (JSON, schema in docs/extraction-schema.md).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a PDF, .docx, .html or .txt file")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "output format: json (default) or text")
    String format;

    @Override
    public Integer call() {
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        try {
            StructuredDocument document = reader.read(file, reader.identify(file));
            if (format.equals("text")) {
                document.passages().forEach(p -> System.out.println("[" + p.kind().id() + " p" + p.pageStart() + "-"
                        + p.pageEnd() + (p.heading().map(h -> " § " + h.text()).orElse("")) + "]\n" + p.text() + "\n"));
            } else {
                System.out.println(DocumentJson.toJson(EnrichmentChain.standard().apply(document)).toPrettyString());
            }
            return 0;
        } catch (RejectedFile e) {
            System.err.println("indexer: " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
