package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the years a passage discusses: explicit years (1978 年, 一九七八年), ranges (1949—1977 年,
 * 1949 年至 1978 年, bare 1949—1977), open spans (2012 年至今, 2018 年以后) and decades (20 世纪 50 年代,
 * 60 年代末至 70 年代). Runs on {@link CompactText#folded()}, where spaces are gone and dashes are '-'.
 * A bare four-digit number is not a year (1118 项, 第 1551 页), nor is the year of a cited edition
 * (1989 年版) or of a journal issue (2024 年第 3 期).
 */
final class YearExtractor {

    private static final String YEAR = "(?:1[89]\\d{2}|20\\d{2}|[〇零一二三四五六七八九]{4})";
    private static final String CENTURY = "(?:20|21|二十一|二十)世纪";
    private static final String DECADE = "(?:[1-9]0|[一二三四五六七八九]十)";
    private static final String PHASE = "(?:中后期|初期|中期|后期|前期|末期|初|末)";
    private static final String TO = "(?:-|至|到)";

    private static final Pattern PATTERN = Pattern.compile(
            "(?<![0-9〇零一二三四五六七八九十])(?:"
                    + "(?<yd>(?:1[89]|20)\\d0)年代(?<yq>" + PHASE + ")?"
                    + "|(?<c1>" + CENTURY + ")?(?<d1>" + DECADE + ")年代(?<q1>" + PHASE + ")?"
                    + "(?:" + TO + "(?<c2>" + CENTURY + ")?(?<d2>" + DECADE + ")年代(?<q2>" + PHASE + ")?)?"
                    + "|(?<y1>" + YEAR + ")(?<n1>年(?!代))?"
                    + "(?:(?<to>" + TO + ")(?<y2>" + YEAR + ")(?:年(?!代))?|(?<open>至今|以来|以后|之后))?"
                    + ")");

    private static final Pattern NOT_DISCUSSED = Pattern.compile("版|第\\d+期");

    private YearExtractor() {
    }

    static List<YearMention> extract(CompactText text) {
        List<YearMention> result = new ArrayList<>();
        String s = text.folded();
        Matcher m = PATTERN.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.end();
            YearSpan span;
            int end = m.end();
            if (m.group("yd") != null) {
                int decade = Integer.parseInt(m.group("yd"));
                span = phase(decade, m.group("yq"));
            } else if (m.group("d1") != null) {
                int base1 = century(m.group("c1"), 1900);
                YearSpan first = phase(base1 + decade(m.group("d1")), m.group("q1"));
                span = m.group("d2") == null ? first
                        : first.hull(phase(century(m.group("c2"), base1) + decade(m.group("d2")), m.group("q2")));
            } else {
                int y1 = year(m.group("y1"));
                boolean withNian = m.group("n1") != null;
                if (m.group("y2") != null) {
                    int y2 = year(m.group("y2"));
                    if (y2 >= y1 && y2 - y1 <= 150 && plausible(y1) && plausible(y2)) {
                        span = new YearSpan(y1, y2);
                    } else if (withNian && plausible(y1)) {
                        // Not a range (page numbers, unrelated years): keep the first year, read on after it.
                        end = m.end("n1");
                        from = end;
                        span = YearSpan.of(y1);
                    } else {
                        from = m.start("to");
                        continue;
                    }
                } else if (m.group("open") != null && plausible(y1)) {
                    span = YearSpan.from(y1);
                } else if (withNian && plausible(y1) && !notDiscussed(s, end)) {
                    span = YearSpan.of(y1);
                } else {
                    continue;
                }
            }
            result.add(new YearMention(span, text.evidence(m.start(), end, Evidence.Kind.YEAR)));
        }
        return result;
    }

    private static boolean notDiscussed(String s, int end) {
        Matcher m = NOT_DISCUSSED.matcher(s);
        m.region(end, Math.min(s.length(), end + 6));
        return m.lookingAt();
    }

    private static boolean plausible(int year) {
        return year >= 1840 && year <= 2100;
    }

    private static int century(String century, int otherwise) {
        if (century == null) {
            return otherwise;
        }
        return century.startsWith("21") || century.startsWith("二十一") ? 2000 : 1900;
    }

    private static int decade(String decade) {
        char first = decade.charAt(0);
        int digit = Fold.isDigit(first) ? first - '0' : "〇一二三四五六七八九".indexOf(first);
        return digit * 10;
    }

    /** The part of a decade a qualifier names: 初 the first years, 末 the last ones. */
    private static YearSpan phase(int decadeStart, String phase) {
        if (phase == null) {
            return new YearSpan(decadeStart, decadeStart + 9);
        }
        return switch (phase) {
            case "初", "初期" -> new YearSpan(decadeStart, decadeStart + 3);
            case "前期" -> new YearSpan(decadeStart, decadeStart + 4);
            case "中期" -> new YearSpan(decadeStart + 3, decadeStart + 6);
            case "中后期" -> new YearSpan(decadeStart + 4, decadeStart + 9);
            case "后期" -> new YearSpan(decadeStart + 5, decadeStart + 9);
            default -> new YearSpan(decadeStart + 7, decadeStart + 9);
        };
    }

    private static int year(String digits) {
        if (Fold.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            value = value * 10 + (c == '〇' || c == '零' ? 0 : "〇一二三四五六七八九".indexOf(c));
        }
        return value;
    }
}
