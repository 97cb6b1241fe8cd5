package org.yuanliu.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs one measured program in a fresh JVM; its wall time is taken from spawn to exit. */
public final class Child {
    private Child() {
    }

    public record Run(JsonNode result, double wallSeconds, long pid) {
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Run run(List<String> jvmOptions, String mainClass, List<String> args, Path resultFile, Path log,
                          Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Files.deleteIfExists(resultFile);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0 || !Files.isRegularFile(resultFile)) {
            throw new IOException(mainClass + " failed (exit " + exit + "); see " + log + ":\n" + tail(log));
        }
        ObjectNode result = (ObjectNode) Http.JSON.readTree(resultFile.toFile());
        result.put("wall_s", wall);
        Files.writeString(resultFile, result.toPrettyString());
        return new Run(result, wall, process.pid());
    }

    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
