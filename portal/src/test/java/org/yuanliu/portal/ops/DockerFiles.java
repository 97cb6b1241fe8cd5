package org.yuanliu.portal.ops;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked about docker/ without a Docker engine. Each method returns the problems it found (empty: fine).
 * Run by {@code DockerFilesTest} in {@code mvn verify} and by {@code docker/check.sh}.
 */
public final class DockerFiles {
    static final List<String> DOCKERFILES = List.of("docker/portal.Dockerfile", "docker/elasticsearch.Dockerfile");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern CONFIG_NAME = Pattern.compile("^(YUANLIU_[A-Z0-9_]+|ELASTICSEARCH_[A-Z0-9_]+|PORT)$");

    private final Path root;

    public DockerFiles(Path root) {
        this.root = root;
    }

    /** The compose file parses, has both services built from this repository's Dockerfiles, and named volumes. */
    @SuppressWarnings("unchecked")
    public List<String> composeProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker/compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        if (services == null) {
            return List.of("compose.yaml has no services");
        }
        for (String name : List.of("elasticsearch", "portal")) {
            Map<String, Object> service = (Map<String, Object>) services.get(name);
            if (service == null) {
                problems.add("compose.yaml lacks the service " + name);
                continue;
            }
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            Path dockerfile = root.resolve("docker").resolve(String.valueOf(build.get("context")))
                    .resolve(String.valueOf(build.get("dockerfile"))).normalize();
            if (!Files.isRegularFile(dockerfile)) {
                problems.add("service " + name + " builds from " + dockerfile + ", which does not exist");
            }
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String named = String.valueOf(volume).split(":")[0];
                if (!((Map<String, Object>) compose.getOrDefault("volumes", Map.of())).containsKey(named)) {
                    problems.add("service " + name + " mounts " + named + ", which is not a declared volume");
                }
            }
        }
        return problems;
    }

    /** Every local source of a COPY (not {@code --from}) exists; globs must match at least one file. */
    public List<String> copyProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String dockerfile : DOCKERFILES) {
            for (String line : instructions(root.resolve(dockerfile))) {
                String[] words = line.trim().split("\\s+");
                if (!words[0].equalsIgnoreCase("COPY") && !words[0].equalsIgnoreCase("ADD")) {
                    continue;
                }
                List<String> arguments = new ArrayList<>();
                boolean fromStage = false;
                for (int i = 1; i < words.length; i++) {
                    if (words[i].startsWith("--from")) {
                        fromStage = true;
                    } else if (!words[i].startsWith("--")) {
                        arguments.add(words[i]);
                    }
                }
                if (fromStage) {
                    continue;
                }
                for (String source : arguments.subList(0, arguments.size() - 1)) {
                    if (!exists(source)) {
                        problems.add(dockerfile + ": COPY source " + source + " does not exist (run mvn package first?)");
                    }
                }
            }
        }
        return problems;
    }

    /** Configuration names set by the Dockerfiles and the compose file that application.yml does not read. */
    @SuppressWarnings("unchecked")
    public List<String> configurationProblems() throws IOException {
        Set<String> known = applicationYmlNames();
        Set<String> used = new LinkedHashSet<>();
        for (String dockerfile : DOCKERFILES) {
            for (String line : instructions(root.resolve(dockerfile))) {
                if (line.trim().toUpperCase().startsWith("ENV ")) {
                    for (String assignment : line.trim().substring(4).trim().split("\\s+")) {
                        used.add(assignment.split("=")[0]);
                    }
                }
            }
        }
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker/compose.yaml")));
        Map<String, Object> portal = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("portal");
        used.addAll(((Map<String, Object>) portal.get("environment")).keySet());
        List<String> problems = new ArrayList<>();
        for (String name : used) {
            if (CONFIG_NAME.matcher(name).matches() && !known.contains(name)) {
                problems.add(name + " is set for the portal container but application.yml reads no such variable");
            }
        }
        return problems;
    }

    /** Environment variables in the README's configuration table that application.yml does not read. */
    public List<String> readmeProblems() throws IOException {
        Set<String> known = applicationYmlNames();
        List<String> problems = new ArrayList<>();
        Matcher rows = Pattern.compile("(?m)^\\| `[^`]+` \\| `([A-Z][A-Z0-9_]*)` \\|").matcher(Files.readString(root.resolve("README.md")));
        int count = 0;
        while (rows.find()) {
            count++;
            if (!known.contains(rows.group(1))) {
                problems.add("README documents " + rows.group(1) + ", which application.yml does not read");
            }
        }
        if (count == 0) {
            problems.add("README has no configuration table rows");
        }
        return problems;
    }

    Set<String> applicationYmlNames() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(root.resolve("portal/src/main/resources/application.yml")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private boolean exists(String source) throws IOException {
        String pattern = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        if (!pattern.contains("*") && !pattern.contains("?")) {
            return Files.exists(root.resolve(pattern));
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.walk(root.resolve(pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', pattern.indexOf('*'))))))) {
            return files.anyMatch(f -> matcher.matches(root.relativize(f)));
        }
    }

    /** Dockerfile instructions with continuation lines joined and comments dropped. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            if (line.trim().startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                current.append(line);
                if (!current.toString().isBlank()) {
                    result.add(current.toString());
                }
                current.setLength(0);
            }
        }
        return result;
    }

    public static void main(String[] args) throws IOException {
        DockerFiles files = new DockerFiles(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize());
        List<String> problems = new ArrayList<>();
        problems.addAll(files.composeProblems());
        problems.addAll(files.copyProblems());
        problems.addAll(files.configurationProblems());
        problems.addAll(files.readmeProblems());
        problems.forEach(p -> System.err.println("docker/: " + p));
        System.out.println(problems.isEmpty() ? "docker/: compose.yaml, Dockerfiles and configuration names are consistent"
                : problems.size() + " problem(s)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
