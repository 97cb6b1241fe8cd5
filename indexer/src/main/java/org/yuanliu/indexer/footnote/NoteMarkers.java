package org.yuanliu.indexer.footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that tie a place in the text to a note: circled numbers (①…⑳, ㉑…㊿), symbols (* † ‡ §),
 * plain numbers and bracketed references ([1], [3-6], [3,4]).
 */
public final class NoteMarkers {
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*((?:[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]\\s*)+|[*\\u2020\\u2021\\u00A7]+|\\[\\s*\\d+\\s*]|\\d{1,3}(?=[\\s.．、)）]|\\p{IsHan}|[A-Z《“\"]))[\\s.．、)）]*");
    private static final Pattern MARK_ONLY = Pattern.compile(
            "^\\s*(?:\\d{1,3}|[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]|[*\\u2020\\u2021\\u00A7]+|\\[\\s*\\d+\\s*])[.．、)）]?\\s*$");
    private static final Pattern BRACKET = Pattern.compile("^\\[\\s*(\\d+(?:\\s*[-–—,，]\\s*\\d+)*)\\s*]$");

    private NoteMarkers() {
    }

    public static boolean isCircled(int codePoint) {
        return (codePoint >= 0x2460 && codePoint <= 0x2473) || (codePoint >= 0x3251 && codePoint <= 0x325F)
                || (codePoint >= 0x32B1 && codePoint <= 0x32BF);
    }

    /** The value of a circled number: ① → 1, ㉑ → 21. */
    public static int circledValue(int codePoint) {
        if (codePoint >= 0x2460 && codePoint <= 0x2473) {
            return codePoint - 0x2460 + 1;
        }
        if (codePoint >= 0x3251 && codePoint <= 0x325F) {
            return codePoint - 0x3251 + 21;
        }
        return codePoint - 0x32B1 + 36;
    }

    /** A note's leading marks and the text after them, if the text starts with marks. */
    public record Leading(List<String> markers, String rest) {
    }

    public static java.util.Optional<Leading> leading(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String marks = m.group(1).replaceAll("\\s+", "");
        List<String> markers = new ArrayList<>();
        if (isCircled(marks.codePointAt(0))) {
            marks.codePoints().forEach(cp -> markers.add(new String(Character.toChars(cp))));
        } else if (marks.startsWith("[")) {
            markers.add(marks.substring(1, marks.length() - 1).strip());
        } else {
            markers.add(marks);
        }
        return java.util.Optional.of(new Leading(markers, text.substring(m.end()).strip()));
    }

    /** A note's mark standing alone, as when a tab sets it apart from the note's text. */
    public static boolean isMarkOnly(String text) {
        return MARK_ONLY.matcher(text).matches();
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
