package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What the first page says about the document. */
    public record Result(Optional<String> title, Optional<String> titleMarker, Set<PlacedLine> consumed) {
    }

    public Result read(List<PlacedLine> firstPage, Typography typography) {
        float largest = (float) firstPage.stream().mapToDouble(p -> p.line().fontSize()).max().orElse(0);
        if (largest < typography.bodySize() + 1.5f) {
            return new Result(Optional.empty(), Optional.empty(), Set.of());
        }
        List<PlacedLine> titleLines = new ArrayList<>();
        for (PlacedLine placed : firstPage) {
            boolean isTitleSize = Math.abs(placed.line().fontSize() - largest) < 0.6f;
            if (isTitleSize) {
                titleLines.add(placed);
            } else if (!titleLines.isEmpty()) {
                break;
            }
        }
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
        return new Result(Optional.of(title), marker, Set.copyOf(titleLines));
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
