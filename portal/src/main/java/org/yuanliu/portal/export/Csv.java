package org.yuanliu.portal.export;

import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark so that Excel shows Chinese). A cell that
 * starts with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so that text from a PDF is never
 * run as a formula.
 */
public final class Csv {
    private final StringBuilder text;

    /** The start of a file: the byte-order mark, then the rows. */
    public Csv() {
        text = new StringBuilder("\uFEFF");
    }

    private Csv(StringBuilder text) {
        this.text = text;
    }

    /** More rows of a file whose start was sent already (a streamed export sends one page of rows at a time). */
    public static Csv continued() {
        return new Csv(new StringBuilder());
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
