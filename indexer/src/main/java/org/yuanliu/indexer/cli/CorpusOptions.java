package org.yuanliu.indexer.cli;

import java.nio.file.Path;

import org.yuanliu.indexer.corpus.CorpusRoots;

import picocli.CommandLine.Option;

/**
 * The registered directories, as the portal has them: a file below one of them is recorded by its path inside it,
 * and a rebuild reads the documents recorded there again. The defaults are the portal's.
 */
final class CorpusOptions {
    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:YUANLIU_SAMPLES:-samples}",
            description = "the sample corpus directory (default: $YUANLIU_SAMPLES or ${DEFAULT-VALUE})")
    Path samples;

    @Option(names = "--uploads", paramLabel = "DIR", defaultValue = "${env:YUANLIU_UPLOADS:-data/uploads}",
            description = "the portal's upload directory (default: $YUANLIU_UPLOADS or ${DEFAULT-VALUE})")
    Path uploads;

    CorpusRoots roots() {
        return new CorpusRoots(samples, uploads);
    }
}
