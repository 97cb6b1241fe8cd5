package org.yuanliu.indexer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds running heads, running feet and folios: lines in the top or bottom margin band whose text, with
 * digits masked, recurs on other pages at about the same height. The printed page number is the number in
 * that furniture whose difference from the physical page number is the same on most pages. A foot-band line that
 * continues the text above it (at that text's line pitch and size, starting within it) is text, however often its
 * words recur: the last line of a note ("页。") ends several pages at the same height.
 */
public final class RunningFurniture implements java.util.function.UnaryOperator<LayoutDocument> {
    private static final float BAND = 0.11f;
    /** A mark and the text it leads are at most this many sizes apart (a tab). */
    private static final float MARK_GAP_EM = 4f;
    /** A line continues the one above it when their baselines are at most this many sizes apart (a line pitch). */
    private static final float CONTINUATION_PITCH_EM = 2.2f;
    /** ... and starts at most this many sizes right of its start (a note's text after its mark); a centred foot does not. */
    private static final float HANGING_INDENT_EM = 2.5f;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern FOLIO_ONLY = Pattern.compile("^[\\s·•\\-—–|]*(\\d{1,4})[\\s·•\\-—–|]*$");

    /** Pages without their furniture, and the printed page numbers found in it. */
    public record Result(List<PageLines> pages, Map<Integer, String> printedPageNumbers, List<String> runningTexts) {
    }

    /** The layout stage: each page without its furniture; the printed numbers and running texts kept. */
    @Override
    public LayoutDocument apply(LayoutDocument document) {
        Result result = strip(document.pages().stream().map(LayoutPage::lines).toList());
        List<LayoutPage> pages = new ArrayList<>();
        for (int i = 0; i < document.pages().size(); i++) {
            pages.add(document.pages().get(i).withLines(result.pages().get(i)));
        }
        return new LayoutDocument(pages, document.typography(), result.printedPageNumbers(), result.runningTexts());
    }

    public Result strip(List<PageLines> pages) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (PageLines page : pages) {
            for (Line line : marginLines(page)) {
                pagesByKey.computeIfAbsent(key(page, line), k -> new HashSet<>()).add(page.number());
            }
        }
        int minPages = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
        List<PageLines> stripped = new ArrayList<>();
        Map<Integer, List<String>> furnitureText = new HashMap<>();
        Set<String> running = new java.util.LinkedHashSet<>();
        for (PageLines page : pages) {
            List<Line> recurring = marginLines(page).stream()
                    .filter(line -> pagesByKey.getOrDefault(key(page, line), Set.of()).size() >= minPages)
                    .filter(line -> !continuesTextAbove(line, page, pagesByKey, minPages)).toList();
            List<Line> furniture = marginLines(page).stream()
                    .filter(line -> recurring.contains(line) || (FOLIO_ONLY.matcher(line.text()).matches()
                            && !leadsText(line, page, recurring)))
                    .toList();
            furniture.forEach(line -> furnitureText.computeIfAbsent(page.number(), n -> new ArrayList<>()).add(line.text()));
            furniture.stream().map(Line::text).filter(t -> !FOLIO_ONLY.matcher(t).matches()).forEach(running::add);
            Set<Line> remove = Set.copyOf(furniture);
            stripped.add(page.without(remove::contains));
        }
        return new Result(stripped, printedNumbers(furnitureText), List.copyOf(running));
    }

    /** A lone number followed on its baseline by text that is not furniture is a note's or a list item's mark. */
    private static boolean leadsText(Line number, PageLines page, List<Line> recurring) {
        return page.lines().stream().anyMatch(l -> l != number && !recurring.contains(l)
                && Math.abs(l.baseline() - number.baseline()) < 0.3f * number.fontSize()
                && l.x0() > number.x1() && l.x0() - number.x1() < MARK_GAP_EM * number.fontSize());
    }

    /** A foot-band line set under a line that is not furniture, at its pitch and size, and starting where it starts. */
    private static boolean continuesTextAbove(Line line, PageLines page, Map<String, Set<Integer>> pagesByKey, int minPages) {
        if (line.baseline() < page.height() / 2) {
            return false;
        }
        return page.lines().stream().anyMatch(above -> above != line
                && above.baseline() < line.baseline()
                && line.baseline() - above.baseline() <= CONTINUATION_PITCH_EM * line.fontSize()
                && Math.abs(above.fontSize() - line.fontSize()) <= 0.1f * line.fontSize()
                && line.x0() >= above.x0() - 0.5f * line.fontSize()
                && line.x0() <= above.x0() + HANGING_INDENT_EM * line.fontSize() && line.x0() < above.x1()
                && pagesByKey.getOrDefault(key(page, above), Set.of()).size() < minPages);
    }

    /** Lines in the top or bottom band with nothing further out than them except other band lines. */
    private static List<Line> marginLines(PageLines page) {
        float top = page.height() * BAND;
        float bottom = page.height() * (1 - BAND);
        return page.lines().stream().filter(l -> l.baseline() < top || l.top() > bottom).toList();
    }

    private static String key(PageLines page, Line line) {
        String band = line.baseline() < page.height() / 2 ? "top" : "bottom";
        long y = Math.round(line.baseline() / 4.0);
        return band + y + ":" + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    private static Map<Integer, String> printedNumbers(Map<Integer, List<String>> furnitureText) {
        Map<Integer, Integer> offsetVotes = new HashMap<>();
        for (Map.Entry<Integer, List<String>> page : furnitureText.entrySet()) {
            Set<Integer> offsets = new HashSet<>();
            for (String text : page.getValue()) {
                Matcher m = NUMBER.matcher(text);
                while (m.find()) {
                    offsets.add(Integer.parseInt(m.group()) - page.getKey());
                }
            }
            offsets.forEach(o -> offsetVotes.merge(o, 1, Integer::sum));
        }
        Optional<Integer> offset = offsetVotes.entrySet().stream()
                .filter(e -> e.getValue() >= Math.max(2, furnitureText.size() / 2))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        Map<Integer, String> printed = new HashMap<>();
        offset.ifPresent(o -> furnitureText.keySet().forEach(p -> printed.put(p, String.valueOf(p + o))));
        return printed;
    }
}
