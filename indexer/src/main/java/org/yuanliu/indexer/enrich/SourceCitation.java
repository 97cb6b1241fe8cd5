package org.yuanliu.indexer.enrich;

import java.util.List;
import java.util.Map;

/**
 * One citation of a work: which work (by its normalized key and parsed fields), and where it is cited.
 *
 * @param sourceKey   the work's key: the same work cited anywhere has the same key
 * @param work        the work's parsed fields, as stored in the sources index
 * @param noteId      the footnote or reference that cites it
 * @param page        page of the note
 * @param markers     the marks in the text that point at the note
 * @param passageIds  ordinals of the passages carrying those marks
 * @param citedPages  the pages of the work cited, per marker where the note lists several
 * @param lead        参见 / 见 / 转引自 …, when present
 */
public record SourceCitation(String sourceKey, Map<String, Object> work, String noteId, int page, List<String> markers,
                             List<Integer> passageIds, List<String> citedPages, String lead) {
}
