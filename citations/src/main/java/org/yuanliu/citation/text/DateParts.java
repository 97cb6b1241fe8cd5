package org.yuanliu.citation.text;

/**
 * A date known to year, month or day precision.
 *
 * @param year  four-digit year
 * @param month 1-12, or null when only the year is known
 * @param day   1-31, or null when not known
 */
public record DateParts(int year, Integer month, Integer day) {

    public DateParts {
        if (month == null && day != null) {
            throw new IllegalArgumentException("day without month");
        }
    }

    public static DateParts ofYear(int year) {
        return new DateParts(year, null, null);
    }

    public boolean complete() {
        return day != null;
    }

    /** ISO 8601 at the precision known: 1994-04-06, 1978-03 or 1994. */
    public String iso() {
        StringBuilder b = new StringBuilder().append(String.format("%04d", year));
        if (month != null) {
            b.append('-').append(String.format("%02d", month));
        }
        if (day != null) {
            b.append('-').append(String.format("%02d", day));
        }
        return b.toString();
    }
}
