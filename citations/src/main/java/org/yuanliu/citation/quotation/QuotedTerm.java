package org.yuanliu.citation.quotation;

/**
 * A short scare-quoted term (“一边倒”, “走出去”, “十三五”): quoted for emphasis or naming, not a quotation.
 *
 * @param text   the term without its quotation marks
 * @param start  offset of its first character in the paragraph
 * @param end    offset just past its last character
 * @param marker a footnote marker after it (a note explaining the term), or null
 */
public record QuotedTerm(String text, int start, int end, String marker) {
}
