package org.yuanliu.facet;

/** A stretch of the passage that discusses a span of years. */
public record YearMention(YearSpan span, Evidence evidence) {
}
