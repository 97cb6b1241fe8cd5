package org.yuanliu.facet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive span of years. An open end ("2012 年至今", "2018 年以后", the stage "2012–") is
 * {@link #OPEN}; it is closed with the publication year only where a finite list of years is needed.
 */
public record YearSpan(int start, int end) {

    /** End of a span that runs to the present. */
    public static final int OPEN = 9999;

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*(?:([-–—~至])\\s*(\\d{4})?)?\\s*");

    public YearSpan {
        if (end < start) {
            throw new IllegalArgumentException("year span ends before it starts: " + start + "-" + end);
        }
    }

    public static YearSpan of(int year) {
        return new YearSpan(year, year);
    }

    public static YearSpan from(int start) {
        return new YearSpan(start, OPEN);
    }

    /** Parses the taxonomy notation: {@code 1978}, {@code 1949-1977}, {@code 2012-} (open). */
    public static YearSpan parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a year span (expected 1978, 1949-1977 or 2012-): '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return of(start);
        }
        return m.group(3) == null ? from(start) : new YearSpan(start, Integer.parseInt(m.group(3)));
    }

    public boolean isOpen() {
        return end == OPEN;
    }

    public boolean overlaps(YearSpan other) {
        return start <= other.end && other.start <= end;
    }

    public boolean contains(YearSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** Smallest span covering both. */
    public YearSpan hull(YearSpan other) {
        return new YearSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** This span with an open end replaced by {@code presentYear} (when known and not before the start). */
    public YearSpan closedAt(Integer presentYear) {
        if (!isOpen() || presentYear == null || presentYear < start) {
            return this;
        }
        return new YearSpan(start, presentYear);
    }

    /** Number of years, or {@link Integer#MAX_VALUE} when still open. */
    public int length() {
        return isOpen() ? Integer.MAX_VALUE : end - start + 1;
    }

    @Override
    public String toString() {
        if (start == end) {
            return Integer.toString(start);
        }
        return start + "-" + (isOpen() ? "" : Integer.toString(end));
    }
}
