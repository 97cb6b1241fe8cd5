package org.yuanliu.indexer.ocr;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

/**
 * PaddleOCR's PP-OCRv4 models (text-line detection and recognition) run by ONNX Runtime through RapidOCR-Java,
 * models and native library from Maven Central. It reads Chinese far better than Tesseract (on this project's
 * scans: the characters of a line in order, full-width punctuation right). The engine runs in a worker process
 * ({@link PpOcrWorker}), started once and reading one page at a time with every core; it gives lines, not words,
 * so each line's characters are boxed along it ({@link LineCharacters}).
 */
final class PpOcrRecogniser implements Recogniser {
    /** Starting the worker loads about 30 MB of models. */
    private static final long START_SECONDS = 60;

    /** The running worker; replaced when it was stopped (a page that did not finish in time) or died. */
    private Worker worker;

    private PpOcrRecogniser(Worker worker) {
        this.worker = worker;
    }

    /** Reads the worker's answers: blocking reads, kept out of the common pool the indexer's stages share. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ocr-answers");
        t.setDaemon(true);
        return t;
    });

    /** The worker process and the two ends of its protocol. */
    private record Worker(Process process, Writer requests, BufferedReader answers) {
        static Worker start() throws IOException, InterruptedException, TimeoutException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    PpOcrWorker.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Worker worker = new Worker(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            try {
                worker.await(PpOcrWorker.READY, System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS));
                return worker;
            } catch (IOException | TimeoutException | InterruptedException | RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        }

        /** The worker's protocol rows up to the one starting with {@code last}; its library's own output is skipped. */
        List<String> await(String last, long deadline) throws IOException, InterruptedException, TimeoutException {
            CompletableFuture<List<String>> rows = CompletableFuture.supplyAsync(() -> {
                List<String> protocol = new ArrayList<>();
                try {
                    for (String row = answers.readLine(); row != null; row = answers.readLine()) {
                        if (row.startsWith(PpOcrWorker.FAIL)) {
                            throw new IllegalStateException(row.substring(PpOcrWorker.FAIL.length()).strip());
                        }
                        if (row.startsWith(PpOcrWorker.PROTOCOL)) {
                            protocol.add(row);
                            if (row.startsWith(last)) {
                                return protocol;
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage());
                }
                throw new IllegalStateException("the OCR worker stopped");
            }, READERS);
            try {
                return rows.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage());
            }
        }
    }

    /** The engine, or empty where it does not start (another platform, an old C library, no models). */
    static Optional<Recogniser> load() {
        if (!System.getProperty("os.name", "").toLowerCase().startsWith("linux")
                || !System.getProperty("os.arch", "").equals("amd64")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PpOcrRecogniser(Worker.start()));
        } catch (IOException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "PP-OCRv4";
    }

    /** Recognition reads a line scaled to 48 pixels high: 200 dpi gives body text more than that. */
    @Override
    public float dpi() {
        return 200;
    }

    @Override
    public int parallelPages() {
        return 1;
    }

    @Override
    public synchronized List<RecognisedLine> recognise(BufferedImage page, long deadline) throws IOException, InterruptedException {
        Path png = Files.createTempFile("yuanliu-ocr", ".png");
        try {
            if (!worker.process().isAlive()) {
                worker = Worker.start();
            }
            ImageIO.write(page, "png", png.toFile());
            worker.requests().write(png + "\n");
            worker.requests().flush();
            List<RecognisedLine> lines = new ArrayList<>();
            for (String row : worker.await(PpOcrWorker.END, deadline)) {
                String[] f = row.split("\t", 11);
                if (f.length == 11 && f[0].equals(PpOcrWorker.LINE)) {
                    int[] x = {Integer.parseInt(f[1]), Integer.parseInt(f[3]), Integer.parseInt(f[5]), Integer.parseInt(f[7])};
                    int[] y = {Integer.parseInt(f[2]), Integer.parseInt(f[4]), Integer.parseInt(f[6]), Integer.parseInt(f[8])};
                    lines.add(LineCharacters.line(x, y, f[10], Float.parseFloat(f[9])));
                }
            }
            return lines;
        } catch (TimeoutException e) {
            worker.process().destroyForcibly(); // it may be stuck in native code; the next page starts a new one
            throw new IOException("PP-OCR did not finish the page in time");
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
