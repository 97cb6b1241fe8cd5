package org.yuanliu.citation.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written as 1994 年 4 月 6 日, 2024年3月5日, 1978 年 3 月 or 2019-05-06. */
public final class ChineseDates {

    /** Spaces are allowed everywhere because PDF text puts them around the digits. */
    public static final Pattern CHINESE = Pattern.compile(
            "(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
    private static final Pattern WHOLE_CHINESE = Pattern.compile("\\s*" + CHINESE.pattern() + "\\s*");
    private static final Pattern WHOLE_NUMERIC = Pattern.compile("\\s*" + NUMERIC.pattern() + "\\s*");

    private ChineseDates() {
    }

    /** The date when the whole text is one date (year alone needs 年: a bare number is not taken as a date). */
    public static Optional<DateParts> parseWhole(String text) {
        Matcher m = WHOLE_CHINESE.matcher(text);
        if (m.matches()) {
            return Optional.of(of(m));
        }
        m = WHOLE_NUMERIC.matcher(text);
        if (m.matches()) {
            return valid(m);
        }
        return Optional.empty();
    }

    /** The first date anywhere in the text. */
    public static Optional<DateParts> find(String text) {
        Matcher m = CHINESE.matcher(text);
        if (m.find()) {
            return Optional.of(of(m));
        }
        m = NUMERIC.matcher(text);
        return m.find() ? valid(m) : Optional.empty();
    }

    /** Builds the date from a match of {@link #CHINESE}. */
    public static DateParts of(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (month != null && (month < 1 || month > 12)) {
            return DateParts.ofYear(year);
        }
        if (day != null && (day < 1 || day > 31)) {
            day = null;
        }
        return new DateParts(year, month, day);
    }

    private static Optional<DateParts> valid(Matcher m) {
        DateParts d = of(m);
        return d.month() == null ? Optional.empty() : Optional.of(d);
    }
}
