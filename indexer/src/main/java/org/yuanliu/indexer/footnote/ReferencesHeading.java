package org.yuanliu.indexer.footnote;

import java.util.regex.Pattern;

/**
 * The heading of a reference or note list at the end of a text (参考文献, 注释, References, Notes): below it, numbered
 * entries are references, and no page's foot is a footnote zone.
 */
public final class ReferencesHeading {
    private static final Pattern HEADING = Pattern.compile(
            "^(参考文献|参考资料|引用文献|注释|References|REFERENCES|Bibliography|Notes)[:：]?$");

    private ReferencesHeading() {
    }

    public static boolean matches(String text) {
        return HEADING.matcher(text.replaceAll("\\s+", "")).matches();
    }
}
