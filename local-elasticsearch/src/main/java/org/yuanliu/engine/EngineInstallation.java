package org.yuanliu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The unpacked distribution with our IK plugin installed, under {@code home/elasticsearch-VERSION}.
 * Installed once and reinstalled only when the plugin changes (a marker file holds the plugin's hash);
 * unpacking goes to a temporary directory first so an interrupted install is never mistaken for a good one.
 */
final class EngineInstallation {
    private static final Logger LOG = Logger.getLogger(EngineInstallation.class.getName());
    private static final String PLUGIN_RESOURCE = "ik-analysis-plugin.zip";
    private static final String MARKER = ".yuanliu-installed";

    private EngineInstallation() {
    }

    static Path ensure(EngineSettings settings) {
        Path installDir = settings.installDir();
        try {
            byte[] plugin = bundledPlugin();
            String pluginHash = sha256(plugin);
            Path marker = installDir.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(pluginHash)) {
                return installDir;
            }
            if (!Files.isRegularFile(settings.distributionZip())) {
                throw new EngineException("Elasticsearch distribution not found at " + settings.distributionZip()
                        + ". Run 'mvn package' (it downloads it from Maven Central) or set yuanliu.engine.distribution.");
            }
            LOG.info(() -> "Installing Elasticsearch " + EngineSettings.ELASTICSEARCH_VERSION + " with the IK plugin into "
                    + installDir);
            deleteRecursively(installDir);
            Path staging = Files.createTempDirectory(settings.home(), "install-");
            try {
                unzip(settings.distributionZip(), staging);
                Path unpacked = staging.resolve("elasticsearch-" + EngineSettings.ELASTICSEARCH_VERSION);
                Path pluginZip = staging.resolve(PLUGIN_RESOURCE);
                Files.write(pluginZip, plugin);
                installPlugin(unpacked, pluginZip);
                Files.writeString(unpacked.resolve(MARKER), pluginHash);
                Files.move(unpacked, installDir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteRecursively(staging);
            }
            return installDir;
        } catch (IOException e) {
            throw new EngineException("Cannot install Elasticsearch into " + installDir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bundledPlugin() throws IOException {
        try (InputStream in = EngineInstallation.class.getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new EngineException("The IK plugin is missing from the launcher jar: build the project with 'mvn package'.");
            }
            return in.readAllBytes();
        }
    }

    private static void installPlugin(Path installDir, Path pluginZip) throws IOException {
        List<String> command = List.of(installDir.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                pluginZip.toUri().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", installDir.resolve("config").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new EngineException("Installing the IK plugin failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while installing the IK plugin", e);
        }
    }

    /** Unzips keeping Unix modes, which the distribution's bin/ scripts need. */
    static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(path)) {
                    in.transferTo(out);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                    permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(path, permissions);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
