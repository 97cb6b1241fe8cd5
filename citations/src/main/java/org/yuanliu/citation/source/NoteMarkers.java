package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the marks that tie a place in the text to a note, for the indexer's layout stages and for
 * the citation parsers alike: circled numbers (①…⑳, ㉑…㊿, ❶…❿), symbols (* † ‡ § ※), plain numbers and
 * bracketed references ([1], ［2］, 〔3〕, [3-6], [3,4]).
 */
public final class NoteMarkers {
    private static final String CIRCLED = "\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF\\u2776-\\u277F";
    private static final String SYMBOLS = "*\\u2020\\u2021\\u00A7\\uFF0A\\u203B";
    private static final Pattern LEADING = Pattern.compile("^\\s*((?:[" + CIRCLED + "]\\s*)+|[" + SYMBOLS + "]+"
            + "|[\\[［〔]\\s*\\d+\\s*[]］〕]|\\d{1,3}(?=[\\s.．、)）]|\\p{IsHan}|[A-Z《“\"]))[\\s.．、)）]*");
    private static final Pattern MARK_ONLY = Pattern.compile("^\\s*(?:\\d{1,3}|[" + CIRCLED + "]|[" + SYMBOLS + "]+"
            + "|[\\[［〔]\\s*\\d+\\s*[]］〕])[.．、)）]?\\s*$");
    private static final Pattern BRACKET = Pattern.compile("^\\[\\s*(\\d+(?:\\s*[-–—,，]\\s*\\d+)*)\\s*]$");

    private NoteMarkers() {
    }

    /** A note's leading marks, as printed ("④", "*", "10" for [10]), and the text after them. */
    public record Leading(List<String> markers, String rest) {
    }

    /** The marks a note starts with, as numbers (none for symbols), and the text after them. */
    public record Lead(List<Integer> marks, String rest) {
    }

    public static Optional<Leading> leading(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String marks = m.group(1).replaceAll("\\s+", "");
        List<String> markers = new ArrayList<>();
        if (isCircled(marks.codePointAt(0))) {
            marks.codePoints().forEach(cp -> markers.add(new String(Character.toChars(cp))));
        } else if (marks.startsWith("[") || marks.startsWith("［") || marks.startsWith("〔")) {
            markers.add(marks.substring(1, marks.length() - 1).strip());
        } else {
            markers.add(marks);
        }
        return Optional.of(new Leading(markers, text.substring(m.end()).strip()));
    }

    /** The same reading for the citation parsers: circled and plain numbers as their values, symbols as none. */
    static Lead read(String text) {
        return leading(text).map(l -> new Lead(l.markers().stream().map(NoteMarkers::value).filter(v -> v > 0).toList(),
                l.rest())).orElse(new Lead(List.of(), text));
    }

    private static int value(String marker) {
        int cp = marker.codePointAt(0);
        if (isCircled(cp)) {
            return circledValue(cp);
        }
        return marker.chars().allMatch(Character::isDigit) ? Integer.parseInt(marker) : 0;
    }

    /** A note's mark standing alone, as when a tab sets it apart from the note's text. */
    public static boolean isMarkOnly(String text) {
        return MARK_ONLY.matcher(text).matches();
    }

    public static boolean isCircled(int codePoint) {
        return (codePoint >= 0x2460 && codePoint <= 0x2473) || (codePoint >= 0x3251 && codePoint <= 0x325F)
                || (codePoint >= 0x32B1 && codePoint <= 0x32BF) || (codePoint >= 0x2776 && codePoint <= 0x277F);
    }

    /** The value of a circled number: ① → 1, ㉑ → 21, ❶ → 1; 0 for anything else. */
    public static int circledValue(int codePoint) {
        if (codePoint >= 0x2460 && codePoint <= 0x2473) {
            return codePoint - 0x2460 + 1;
        }
        if (codePoint >= 0x3251 && codePoint <= 0x325F) {
            return codePoint - 0x3251 + 21;
        }
        if (codePoint >= 0x32B1 && codePoint <= 0x32BF) {
            return codePoint - 0x32B1 + 36;
        }
        if (codePoint >= 0x2776 && codePoint <= 0x277F) {
            return codePoint - 0x2776 + 1;
        }
        return 0;
    }

    /** The reference numbers a bracketed citation names: [3-6] → 3,4,5,6; [3,4] → 3,4; [1] → 1. */
    public static List<Integer> bracketNumbers(String marker) {
        Matcher m = BRACKET.matcher(marker.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\s*[,，]\\s*")) {
            String[] range = part.split("\\s*[-–—]\\s*");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            for (int n = from; n <= Math.min(to, from + 50); n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
