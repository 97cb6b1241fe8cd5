package org.yuanliu.facet;

/**
 * What the tagger knows beyond the passage's own text.
 *
 * @param sectionSpan     years of the enclosing section's heading (第一阶段（1949—1977年）), or null;
 *                        used for the stage when the passage names no years itself
 * @param publicationYear the document's year, or null; only closes open spans ("至今"), it is never
 *                        counted as a year the passage discusses
 */
public record TagContext(YearSpan sectionSpan, Integer publicationYear) {

    public static final TagContext NONE = new TagContext(null, null);

    /** Context for a passage under {@code heading}; the heading's years come from {@link YearSpans#fromHeading}. */
    public static TagContext underHeading(String heading, Integer publicationYear) {
        return new TagContext(YearSpans.fromHeading(heading).orElse(null), publicationYear);
    }
}
