package org.yuanliu.indexer.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The registered directories a location is relative to: the sample corpus and the uploads. A file below one of
 * them is known by its path inside it, so moving the data directory keeps every document's location valid; any
 * other file is known by its absolute, symlink-free path.
 */
public record CorpusRoots(Path samples, Path uploads) {

    public CorpusRoots {
        samples = samples.toAbsolutePath().normalize();
        uploads = uploads.toAbsolutePath().normalize();
    }

    /** The defaults of {@code bin/run} and {@code bin/indexer}, relative to the working directory. */
    public static CorpusRoots defaults() {
        return new CorpusRoots(Path.of("samples"), Path.of("data", "uploads"));
    }

    /** The location of a file, relative to the root it lies in if any. */
    public Location locate(Path file) {
        Path real = real(file);
        for (Location.Scheme scheme : new Location.Scheme[]{Location.Scheme.UPLOAD, Location.Scheme.SAMPLES}) {
            Path root = real(root(scheme));
            if (real.startsWith(root) && !real.equals(root)) {
                return new Location(scheme, root.relativize(real).toString());
            }
        }
        return new Location(Location.Scheme.FILE, real.toString());
    }

    /** The file a location names, if it can be named here (never outside its root). */
    public Optional<Path> resolve(Location location) {
        if (location.scheme() == Location.Scheme.FILE) {
            Path file = Path.of(location.path());
            return file.isAbsolute() ? Optional.of(file.normalize()) : Optional.empty();
        }
        Path root = root(location.scheme());
        Path file = root.resolve(location.path()).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
    }

    /** The file a location names, if it is there and readable now. */
    public Optional<Path> readable(Location location) {
        return resolve(location).filter(f -> Files.isRegularFile(f) && Files.isReadable(f));
    }

    private Path root(Location.Scheme scheme) {
        return scheme == Location.Scheme.UPLOAD ? uploads : samples;
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            return absolute;
        }
    }
}
