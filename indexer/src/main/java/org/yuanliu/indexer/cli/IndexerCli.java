package org.yuanliu.indexer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.yuanliu.indexer.pipeline.Enrichment;
import org.yuanliu.indexer.pipeline.EnrichmentChain;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code indexer} command line: {@code indexer <files or dirs…> [--es URL] [--rebuild]}. */
@Command(name = "indexer", mixinStandardHelpOptions = true, version = "Yuanliu indexer 0.1",
        description = "Index policy documents (PDF, .docx, .html, .txt) into Yuanliu's Elasticsearch indices.",
        subcommands = {ExtractCommand.class, CheckCommand.class}, sortOptions = false)
public final class IndexerCli implements Callable<Integer> {

    /** Limits that keep one bad file from exhausting the indexer. */
    static final class Limits {
        @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "200", description = "skip larger files (default: ${DEFAULT-VALUE} MB)")
        long maxFileSizeMb;

        @Option(names = "--max-pages", defaultValue = "2000", description = "skip PDFs with more pages (default: ${DEFAULT-VALUE})")
        int maxPages;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "give up on a file after this long (default: ${DEFAULT-VALUE} s)")
        long timeoutSeconds;

        @Option(names = "--no-ocr", description = "report scans as 'no text layer' instead of recognising them by OCR (PP-OCRv4, or Tesseract)")
        boolean noOcr;

        @Option(names = "--threads", defaultValue = "2", description = "files read in parallel (default: ${DEFAULT-VALUE})")
        int threads;
    }

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "documents, or directories searched recursively")
    List<Path> paths = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rebuild", description = "build fresh indices from every document the index holds (read again "
            + "from where each was indexed) and from these files, and swap them in atomically; a document whose file "
            + "cannot be read is kept as it was and listed; if the rebuild fails, the current indices keep serving")
    boolean rebuild;

    @Option(names = "--drop-unreadable", description = "with --rebuild: drop (and list) the documents whose files "
            + "cannot be read any more, instead of keeping them")
    boolean dropUnreadable;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    CorpusOptions corpus;

    @CommandLine.ArgGroup(validate = false, heading = "Limits:%n")
    Limits limits = new Limits();

    @Override
    public Integer call() {
        if (paths.isEmpty() && !rebuild) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Name the files or directories to index, e.g. 'indexer samples/' (or rebuild everything: 'indexer --rebuild')");
        }
        if (limits.threads < 1 || limits.maxPages < 1 || limits.maxFileSizeMb < 1 || limits.timeoutSeconds < 1) {
            System.err.println("indexer: --threads, --max-pages, --max-file-size and --timeout must be at least 1");
            return 2;
        }
        Enrichment enrichment = EnrichmentChain.standard();
        return IndexCommand.run(paths, connection, corpus.roots(), limits, rebuild, dropUnreadable, enrichment, System.out,
                System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IndexerCli()).execute(args));
    }
}
