package org.yuanliu.indexer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code indexer} command line. */
@Command(name = "indexer", mixinStandardHelpOptions = true, version = "Yuanliu indexer 0.1",
        description = "Index policy documents into Yuanliu's Elasticsearch indices.",
        subcommands = {ExtractCommand.class})
public final class IndexerCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new IndexerCli()).execute(args));
    }
}
