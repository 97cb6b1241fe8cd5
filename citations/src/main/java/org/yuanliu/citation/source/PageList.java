package org.yuanliu.citation.source;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cited pages: 第 87、91、91 页, 第663-664页, 第Ⅴ页, pp.31-88, p. 12. */
final class PageList {

    private static final Pattern CHINESE = Pattern.compile("^第(.+?)页$");
    private static final Pattern LATIN = Pattern.compile("^(?:pp?\\.|S\\.)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[、,，;；]\\s*");
    private static final Pattern DASHES = Pattern.compile("\\s*[-–—~～－]+\\s*");

    private PageList() {
    }

    /** The pages when the field is a page statement, else null. */
    static List<String> parseField(String field) {
        Matcher m = CHINESE.matcher(field);
        if (!m.matches()) {
            m = LATIN.matcher(field);
            if (!m.matches()) {
                return null;
            }
        }
        return split(m.group(1));
    }

    /** Splits a page list on 、 and commas; ranges are kept with an ASCII hyphen. */
    static List<String> split(String list) {
        return Arrays.stream(SEPARATORS.split(list.strip()))
                .map(p -> DASHES.matcher(p).replaceAll("-"))
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
