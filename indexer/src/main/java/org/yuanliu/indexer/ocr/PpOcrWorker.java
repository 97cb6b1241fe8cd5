package org.yuanliu.indexer.ocr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;

import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;

/**
 * The PP-OCR engine in a process of its own. Its native library prints to standard output whatever it likes
 * (which would corrupt {@code bin/indexer extract --format json}) and a native fault would take the indexer
 * with it; here it can do neither. Protocol, one line each way: an image path in; {@code READY} once, then per
 * image one {@code LINE} row per text line (eight corner coordinates, confidence, text, tab-separated) and
 * {@code END}, or {@code FAIL} and a message. Rows without those words are the library's own chatter. The process
 * ends when its input closes, so it never outlives the indexer.
 */
public final class PpOcrWorker {
    /** Every protocol row starts so; anything else on the worker's output is its library's own. */
    static final String PROTOCOL = "YUANLIU-OCR-";
    static final String READY = PROTOCOL + "READY";
    static final String LINE = PROTOCOL + "LINE";
    static final String END = PROTOCOL + "END";
    static final String FAIL = PROTOCOL + "FAIL";
    /** Detection runs on the page scaled to this longest side; recognition reads the lines at full resolution. */
    private static final int DETECTION_SIDE = 1024;

    private PpOcrWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        InferenceEngine engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(threads, -1));
        ParamConfig parameters = new ParamConfig(50, DETECTION_SIDE, 0.5f, 0.3f, 1.6f, false, false);
        out.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String image = in.readLine(); image != null; image = in.readLine()) {
            try {
                OcrResult result = engine.runOcr(image, parameters);
                StringBuilder rows = new StringBuilder();
                for (TextBlock block : result.getTextBlocks()) {
                    List<Point> corners = block.getBoxPoint();
                    String text = block.getText().replaceAll("[\\t\\r\\n]", " ").strip();
                    if (corners.size() != 4 || text.isEmpty()) {
                        continue;
                    }
                    rows.append(LINE);
                    corners.forEach(p -> rows.append('\t').append(p.getX()).append('\t').append(p.getY()));
                    rows.append('\t').append(confidence(block)).append('\t').append(text).append('\n');
                }
                out.print(rows.append(END).append('\n'));
            } catch (RuntimeException e) {
                out.println(FAIL + "\t" + e.getMessage());
            }
        }
    }

    private static float confidence(TextBlock block) {
        float[] scores = block.getCharScores();
        if (scores == null || scores.length == 0) {
            return 100 * block.getBoxScore();
        }
        float sum = 0;
        for (float s : scores) {
            sum += s;
        }
        return 100 * sum / scores.length;
    }
}
