package org.yuanliu.indexer.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.indexer.ocr.RecognisedLine.Box;
import org.yuanliu.indexer.ocr.RecognisedLine.Word;

/**
 * Reads Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes) into the
 * recognised lines of a page, each with its box and its words.
 */
final class TesseractTsv {
    private static final int LEVEL_LINE = 4;
    private static final int LEVEL_WORD = 5;

    private TesseractTsv() {
    }

    static List<RecognisedLine> lines(String tsv) {
        Map<String, Box> lineBoxes = new LinkedHashMap<>();
        Map<String, List<Word>> words = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].chars().allMatch(Character::isDigit) || f[0].isEmpty()) {
                continue; // the header, or a truncated row
            }
            int level = Integer.parseInt(f[0]);
            String key = f[2] + "/" + f[3] + "/" + f[4];
            Box box = new Box(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]));
            if (level == LEVEL_LINE) {
                lineBoxes.put(key, box);
            } else if (level == LEVEL_WORD && !f[11].isBlank()) {
                words.computeIfAbsent(key, k -> new ArrayList<>()).add(new Word(box, Float.parseFloat(f[10]), f[11].strip()));
            }
        }
        List<RecognisedLine> lines = new ArrayList<>();
        words.forEach((key, w) -> lines.add(new RecognisedLine(lineBoxes.getOrDefault(key, w.get(0).box()), w)));
        return lines;
    }
}
