package org.yuanliu.indexer.enrich;

import java.util.List;
import org.yuanliu.citation.quotation.SpeakerKind;

/**
 * A quotation found in a passage.
 *
 * @param text       the quoted words
 * @param groupKey   equal for the same words quoted anywhere (punctuation and spacing ignored)
 * @param speaker    who said it, when the sentence says so
 * @param speakerKind person, institution or document; null without a speaker
 * @param date       when, when the sentence says so
 * @param passage    ordinal of the passage
 * @param page       page of the passage where the quotation is
 * @param marker     the note mark after the closing quote, if any
 * @param sourceKeys works cited by that note
 */
public record QuotationRecord(String text, String groupKey, String speaker, SpeakerKind speakerKind, String date,
                              int passage, int page,
                              String marker, List<String> sourceKeys) {
}
