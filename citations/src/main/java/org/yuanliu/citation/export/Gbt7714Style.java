package org.yuanliu.citation.export;

/** The three GB/T 7714-2015 styles shipped in org.citationstyles:styles. */
public enum Gbt7714Style {
    NUMERIC("china-national-standard-gb-t-7714-2015-numeric"),
    AUTHOR_DATE("china-national-standard-gb-t-7714-2015-author-date"),
    NOTE("china-national-standard-gb-t-7714-2015-note");

    private final String styleId;

    Gbt7714Style(String styleId) {
        this.styleId = styleId;
    }

    /** File name (without .csl) of the style in the styles jar. */
    public String styleId() {
        return styleId;
    }
}
