package org.yuanliu.indexer.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Tesseract ({@code tesseract-ocr-chi-sim}) as a separate process per page, with word boxes (TSV). Its own threads
 * only contend with each other, so each process is single-threaded and pages run one per core.
 */
final class TesseractRecogniser implements Recogniser {
    private static final String LANGUAGES = "chi_sim+eng";

    @Override
    public String name() {
        return "Tesseract";
    }

    /** Tesseract reads body text best at about 300 dpi. */
    @Override
    public float dpi() {
        return 300;
    }

    @Override
    public int parallelPages() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public List<RecognisedLine> recognise(BufferedImage page, long deadline) throws IOException, InterruptedException {
        Path png = Files.createTempFile("yuanliu-ocr", ".png");
        try {
            ImageIO.write(page, "png", png.toFile());
            return TesseractTsv.lines(run(png, deadline));
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static String run(Path png, long deadline) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", LANGUAGES, "--psm", "3", "tsv");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) || process.exitValue() != 0) {
                throw new IOException("tesseract failed on a page");
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Tesseract is optional: installed with its Chinese data, or not used. */
    static boolean installed() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && languages.contains("chi_sim");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
