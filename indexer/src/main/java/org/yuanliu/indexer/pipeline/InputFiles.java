package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The files named on the command line, with directories expanded to the documents inside them. */
public final class InputFiles {
    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "html", "htm", "txt", "odt", "rtf");

    /** A file to index and the name it is known by (its path below the directory it was found in). */
    public record Input(Path file, String name) {
    }

    private InputFiles() {
    }

    public static List<Input> expand(List<Path> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isDocument).sorted()
                            .forEach(f -> inputs.add(new Input(f, argument.relativize(f).toString())));
                } catch (IOException e) {
                    inputs.add(new Input(argument, argument.toString()));
                }
            } else {
                inputs.add(new Input(argument, argument.getFileName() == null ? argument.toString()
                        : argument.getFileName().toString()));
            }
        }
        return inputs;
    }

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
