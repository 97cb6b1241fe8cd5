package org.yuanliu.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import com.sun.security.auth.module.UnixSystem;

/**
 * Elasticsearch refuses to run as root. When the launcher is root (CI, containers), the node runs as an
 * unprivileged system account, created if missing, that owns the node's directories.
 */
final class NodeAccount {
    private static final Logger LOG = Logger.getLogger(NodeAccount.class.getName());

    private final String name;

    private NodeAccount(String name) {
        this.name = name;
    }

    /** The account to switch to, or none when the launcher already runs unprivileged. */
    static java.util.Optional<NodeAccount> forCurrentUser(String accountName) {
        return isRoot() ? java.util.Optional.of(new NodeAccount(accountName)) : java.util.Optional.empty();
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    String name() {
        return name;
    }

    /** Creates the account if missing and gives it the node directory; makes the way to it traversable. */
    void prepare(Path nodeDir, Path installDir) {
        if (run(List.of("id", "-u", name)) != 0) {
            LOG.info(() -> "Creating system account " + name + " to run Elasticsearch (it refuses to run as root)");
            if (run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", name)) != 0) {
                throw new EngineException("Cannot create the system account '" + name + "' for Elasticsearch. Create it with "
                        + "'useradd -r -M -s /usr/sbin/nologin " + name + "' or set yuanliu.engine.account to an existing one.");
            }
        }
        if (run(List.of("chown", "-R", name + ":", nodeDir.toString())) != 0) {
            throw new EngineException("Cannot give " + nodeDir + " to the account " + name);
        }
        makeTraversable(nodeDir);
        makeTraversable(installDir);
    }

    /** Adds only the others-execute bit (enter, not list) to ancestors that lack it, e.g. /root. */
    private static void makeTraversable(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                    Path dirToChange = p;
                    LOG.info(() -> "Allowing the Elasticsearch account to traverse " + dirToChange + " (o+x)");
                    Files.setPosixFilePermissions(p, permissions);
                }
            } catch (IOException | UnsupportedOperationException e) {
                throw new EngineException("Cannot make " + p + " traversable for the Elasticsearch account: " + e.getMessage(), e);
            }
        }
    }

    /** Wraps a command so that it runs as this account with exactly the given environment additions. */
    List<String> wrap(List<String> command, Map<String, String> environment) {
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", name, "--", "env"));
        environment.forEach((key, value) -> wrapped.add(key + "=" + value));
        wrapped.addAll(command);
        return wrapped;
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
