package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.corpus.Location;
import org.yuanliu.indexer.read.FileTypes;

/** The files named on the command line, with directories expanded to the documents inside them. */
public final class InputFiles {
    /**
     * A file to index, the name it is shown by (its path below the directory it was found in) and its location,
     * which the document registry keeps so that a rebuild can read it again.
     */
    public record Input(Path file, String name, Location location) {
    }

    private InputFiles() {
    }

    /** Expands the arguments with locations relative to the default roots ({@code samples/}, {@code data/uploads/}). */
    public static List<Input> expand(List<Path> arguments) {
        return expand(arguments, CorpusRoots.defaults());
    }

    public static List<Input> expand(List<Path> arguments, CorpusRoots roots) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isDocument).sorted()
                            .forEach(f -> inputs.add(new Input(f, argument.relativize(f).toString(), roots.locate(f))));
                } catch (IOException e) {
                    inputs.add(new Input(argument, argument.toString(), roots.locate(argument)));
                }
            } else {
                inputs.add(new Input(argument, argument.getFileName() == null ? argument.toString()
                        : argument.getFileName().toString(), roots.locate(argument)));
            }
        }
        return inputs;
    }

    /** The input for a location of the registry, if its file can be read now; shown by its location. */
    public static java.util.Optional<Input> of(Location location, CorpusRoots roots) {
        return roots.readable(location).map(file -> new Input(file, location.toString(), location));
    }

    static boolean isDocument(Path file) {
        return FileTypes.hasDocumentName(file.getFileName().toString());
    }
}
