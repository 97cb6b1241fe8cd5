package org.yuanliu.citation.quotation;

import java.util.Objects;

/**
 * A quotation found in a paragraph. Nullable fields are null when the sentence does not state them.
 *
 * @param text        the quoted words, without the enclosing quotation marks
 * @param start       offset of the first quoted character in the paragraph ({@code paragraph.substring(start, end)}
 *                    equals {@code text})
 * @param end         offset just past the last quoted character
 * @param speaker     who is quoted: a person without titles (习近平, not 习近平总书记), a body (党的十一届三中全会) or
 *                    a document (党的二十大报告, without 《》); or null
 * @param speakerKind what the speaker is; null when the speaker is
 * @param attribution how the speaker was found
 * @param date        ISO 8601 date (at the precision printed: 1978-03) stated in the sentence, or null
 * @param marker      the footnote marker following the closing quote (⑤, [3]), or null
 */
public record Quotation(String text, int start, int end, String speaker, SpeakerKind speakerKind,
                        Attribution attribution, String date, String marker) {

    public Quotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
        if ((speaker == null) != (speakerKind == null)) {
            throw new IllegalArgumentException("a speaker and its kind go together: " + speaker + ", " + speakerKind);
        }
    }

    /** Key grouping the same words across documents. */
    public QuotationKey key() {
        return QuotationKey.of(text);
    }
}
