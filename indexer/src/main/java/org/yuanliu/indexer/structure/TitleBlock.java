package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PlacedLine;
import org.yuanliu.indexer.layout.Typography;
import org.yuanliu.indexer.text.TextBuilder;

/**
 * The title (the largest type on the first page, above the body), a note mark printed after it (the fund
 * note's *), and the journal and year as the running heads print them.
 */
public final class TitleBlock {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[4-9]\\d|20[0-9]\\d)(?!\\d)");
    private static final Pattern ISSUE_WORDS = Pattern.compile(
            "(?i)(vol\\.?|no\\.?|第\\s*\\d+\\s*[卷期]|\\d{4}\\s*年|[·•]?\\d+[·•]?|年|第|期|卷|[,，;；:：()（）])");

    /**
     * What the first page says about the document; {@code fields} holds an official document's head elements
     * (GB/T 9704): {@code issuer_mark} (国务院办公厅文件) and {@code document_number} (国办发〔2021〕15号).
     */
    public record Result(Optional<String> title, Optional<String> titleMarker, List<String> authors,
                         Set<PlacedLine> consumed, java.util.Map<String, String> fields) {
    }

    /** 发文机关标志: the issuer's name followed by 文件, in the largest type at the head of an official document. */
    private static final Pattern ISSUER_MARK = Pattern.compile("^[\\p{IsHan}、\\s]{2,60}文\\s*件$");
    /** 发文字号 under the mark: 国办发〔2021〕15号 (brackets 〔〕, [] or （）). */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "^[\\p{IsHan}]{1,12}\\s*[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号$");

    private static final Pattern LABEL = Pattern.compile("^(摘\\s*要|提\\s*要|内容提要|Abstract|关\\s*键\\s*词|Key\\s*words).*");
    private static final Pattern PERSON = Pattern.compile("^[\\p{IsHan}·]{2,5}$|^[A-Z][a-z]+(\\s[A-Z][a-z]+){0,2}$");

    public Result read(List<PlacedLine> firstPage, Typography typography) {
        float largest = (float) firstPage.stream().mapToDouble(p -> p.line().fontSize()).max().orElse(0);
        if (largest < typography.bodySize() + 1.5f) {
            return new Result(Optional.empty(), Optional.empty(), List.of(), Set.of(), java.util.Map.of());
        }
        Result head = block(firstPage, largest, 0);
        if (head.title().isEmpty() || !ISSUER_MARK.matcher(head.title().get().replaceAll("\\s+", "")).matches()) {
            return head;
        }
        // An official document's head: the mark and its number are fields, the title is the next large block.
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("issuer_mark", head.title().get().replaceAll("\\s+", ""));
        Set<PlacedLine> consumed = new java.util.HashSet<>(head.consumed());
        int after = 0;
        for (int i = 0; i < firstPage.size(); i++) {
            PlacedLine placed = firstPage.get(i);
            if (consumed.contains(placed)) {
                after = i + 1;
                String text = placed.line().text().replaceAll("\\s+", "");
                if (DOCUMENT_NUMBER.matcher(text).matches()) {
                    fields.put("document_number", text);
                }
            }
        }
        float titleSize = (float) firstPage.subList(after, firstPage.size()).stream()
                .mapToDouble(p -> p.line().fontSize()).max().orElse(0);
        Result title = titleSize < typography.bodySize() + 1.5f ? null : block(firstPage, titleSize, after);
        if (title == null || title.title().isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), List.of(), consumed, fields);
        }
        consumed.addAll(title.consumed());
        return new Result(title.title(), title.titleMarker(), List.of(), consumed, fields);
    }

    /** The block of lines in {@code size} type from {@code from} on, and the centred lines under it. */
    private Result block(List<PlacedLine> firstPage, float largest, int from) {
        List<PlacedLine> titleLines = new ArrayList<>();
        int next = from;
        for (; next < firstPage.size(); next++) {
            PlacedLine placed = firstPage.get(next);
            boolean isTitleSize = Math.abs(placed.line().fontSize() - largest) < 0.6f;
            if (isTitleSize) {
                titleLines.add(placed);
            } else if (!titleLines.isEmpty()) {
                break;
            }
        }
        // Front matter under the title — authors, affiliations — is centred; the abstract or the body is not.
        List<PlacedLine> front = new ArrayList<>();
        for (; next < firstPage.size(); next++) {
            PlacedLine placed = firstPage.get(next);
            Line line = placed.line();
            float columnCentre = (placed.columnLeft() + placed.columnRight()) / 2;
            boolean centred = Math.abs((line.x0() + line.x1()) / 2 - columnCentre) < 1.5f * line.fontSize()
                    && line.x1() - line.x0() < 0.8f * (placed.columnRight() - placed.columnLeft());
            if (!centred || LABEL.matcher(line.text().strip()).matches()) {
                break;
            }
            front.add(placed);
        }
        List<String> authors = front.isEmpty() ? List.of() : authors(front.get(0).line().text());
        TextBuilder text = new TextBuilder();
        for (PlacedLine placed : titleLines) {
            text.lineBreak();
            for (var g : placed.line().glyphs()) {
                text.append(g.text(), false);
            }
        }
        String title = text.toString();
        Optional<String> marker = Optional.empty();
        Matcher m = Pattern.compile("^(.*?)\\s*([*\\u2020\\u2021]+|[\\u2460-\\u2473])$").matcher(title);
        if (m.matches()) {
            title = m.group(1);
            marker = Optional.of(m.group(2));
        }
        Set<PlacedLine> consumed = new java.util.HashSet<>(titleLines);
        consumed.addAll(front);
        return new Result(Optional.of(title), marker, authors, consumed, java.util.Map.of());
    }

    /** "张三  李四" or "Zhang San, Li Si": names separated by wide spaces or commas, or none if it is not a name list. */
    private static List<String> authors(String line) {
        String cleaned = line.replaceAll("[\\d*†,，、;；]+", " ").strip();
        List<String> names = List.of(cleaned.split("\\s{2,}|\\s(?=\\p{IsHan})|(?<=\\p{IsHan})\\s"));
        names = names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        boolean allNames = !names.isEmpty() && names.size() <= 8 && names.stream().allMatch(n -> PERSON.matcher(n).matches());
        return allNames ? names : List.of();
    }

    /** The journal name: a running head with a year in it, stripped of volume, issue, year and folio. */
    public static Optional<String> journal(List<String> runningTexts) {
        return runningTexts.stream().filter(t -> YEAR.matcher(t).find())
                .map(t -> ISSUE_WORDS.matcher(t).replaceAll(" ").replaceAll("\\d+", " ").replaceAll("\\s+", " ").strip())
                .filter(t -> !t.isBlank()).findFirst();
    }

    public static Optional<Integer> year(List<String> runningTexts) {
        for (String text : runningTexts) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }
}
