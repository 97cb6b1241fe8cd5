package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PlacedLine;
import org.yuanliu.indexer.text.DataFile;

/**
 * The catalogue fields a journal prints in its front matter (中图分类号, 文献标志码, 文章编号, DOI, 基金项目, 作者简介,
 * 收稿日期, 通信作者…, labels and fields in {@code front-matter.txt}): a line opening with a label and a colon is
 * read into the document's metadata, with the lines hanging under it, and never becomes a paragraph.
 */
public final class FrontMatterFields {
    private static final FrontMatterFields STANDARD = read("front-matter.txt");
    /** Front matter is printed on the first pages only. */
    public static final int PAGES = 2;

    private final Pattern labels;
    private final Map<String, String> fieldByLabel;

    private FrontMatterFields(Map<String, String> fieldByLabel) {
        this.fieldByLabel = fieldByLabel;
        List<String> alternatives = fieldByLabel.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(FrontMatterFields::spaced).toList();
        // A label is a label at a line's start or after a gap, followed by a colon.
        this.labels = Pattern.compile("(?:^|(?<=\\s))(" + String.join("|", alternatives) + ")\\s*[:：]\\s*");
    }

    public static FrontMatterFields standard() {
        return STANDARD;
    }

    /** The fields read, in order, and the lines that held them. */
    public record Result(Map<String, String> fields, Set<PlacedLine> consumed) {
    }

    public Result read(List<PlacedLine> ordered) {
        Map<String, String> fields = new LinkedHashMap<>();
        Set<PlacedLine> consumed = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            PlacedLine placed = ordered.get(i);
            if (placed.page() > PAGES) {
                break;
            }
            String text = placed.line().text().strip();
            Matcher m = labels.matcher(text);
            if (!m.lookingAt()) {
                continue;
            }
            consumed.add(placed);
            List<String[]> found = new ArrayList<>();
            m.reset();
            while (m.find()) {
                found.add(new String[] {field(m.group(1)), String.valueOf(m.start()), String.valueOf(m.end())});
            }
            StringBuilder last = null;
            for (int k = 0; k < found.size(); k++) {
                int end = k + 1 < found.size() ? Integer.parseInt(found.get(k + 1)[1]) : text.length();
                String value = text.substring(Integer.parseInt(found.get(k)[2]), end).strip();
                fields.merge(found.get(k)[0], value, (a, b) -> a + "；" + b);
                last = new StringBuilder(found.get(k)[0]);
            }
            // Lines hanging under the value (indented past the label, same size, close below) continue it.
            Line line = placed.line();
            while (i + 1 < ordered.size() && continues(line, ordered.get(i + 1).line())
                    && !labels.matcher(ordered.get(i + 1).line().text().strip()).lookingAt()) {
                PlacedLine next = ordered.get(++i);
                consumed.add(next);
                fields.merge(last.toString(), next.line().text().strip(), (a, b) -> a + b);
            }
        }
        return new Result(fields, consumed);
    }

    private static boolean continues(Line label, Line next) {
        return next.page() == label.page() && next.x0() > label.x0() + 0.5f * label.fontSize()
                && Math.abs(next.fontSize() - label.fontSize()) < 0.6f
                && next.baseline() > label.baseline() && next.baseline() - label.baseline() < 2f * label.fontSize();
    }

    private String field(String printedLabel) {
        String key = printedLabel.replaceAll("\\s+", "");
        return fieldByLabel.entrySet().stream().filter(e -> e.getKey().replaceAll("\\s+", "").equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst().orElse(key);
    }

    /** The label as a pattern that allows letter-spacing between its characters (中 图 分 类 号). */
    private static String spaced(String label) {
        StringBuilder p = new StringBuilder();
        label.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (!p.isEmpty()) {
                p.append(Character.isIdeographic(cp) ? "\\s*" : "");
            }
            p.append(c.isBlank() ? "\\s+" : Pattern.quote(c));
        });
        return p.toString();
    }

    private static FrontMatterFields read(String resource) {
        Map<String, String> fieldByLabel = new LinkedHashMap<>();
        for (String entry : DataFile.entries(FrontMatterFields.class, resource)) {
            int space = entry.indexOf(' ');
            fieldByLabel.put(entry.substring(space + 1).strip(), entry.substring(0, space));
        }
        return new FrontMatterFields(fieldByLabel);
    }
}
