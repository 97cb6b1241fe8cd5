package org.yuanliu.citation.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written as 1994 年 4 月 6 日, 2024年3月5日, 1978 年 3 月, 2019-05-06, or in Chinese numerals as official
 * documents dated them before GB/T 9704-2012 (二〇〇六年一月二十六日).
 */
public final class ChineseDates {

    /** Spaces are allowed everywhere because PDF text puts them around the digits. */
    public static final Pattern CHINESE = Pattern.compile(
            "(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");
    /** 二〇〇六年一月二十六日: each year digit written out, month and day as numbers. */
    public static final Pattern CHINESE_NUMERALS = Pattern.compile(
            "([〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月(?:\\s*([一二三四五六七八九十]{1,3})\\s*日)?");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";
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
        m = CHINESE_NUMERALS.matcher(text.strip());
        if (m.matches()) {
            return ofNumerals(m);
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

    /** Builds the date from a match of {@link #CHINESE_NUMERALS}; empty when month or day is out of range. */
    public static Optional<DateParts> ofNumerals(Matcher m) {
        int year = 0;
        for (char c : m.group(1).toCharArray()) {
            int d = YEAR_DIGITS.indexOf(c == '○' || c == '零' || c == 'Ｏ' ? '〇' : c);
            year = year * 10 + d;
        }
        int month = ChineseNumerals.parse(m.group(2));
        Integer day = m.group(3) == null ? null : ChineseNumerals.parse(m.group(3));
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) {
            return Optional.empty();
        }
        return Optional.of(new DateParts(year, month, day));
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
