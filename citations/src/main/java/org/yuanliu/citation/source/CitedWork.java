package org.yuanliu.citation.source;

import java.util.List;
import java.util.Objects;

/**
 * One work cited by a footnote or reference entry. Text fields are null when the citation does not state them;
 * lists are never null.
 *
 * @param kind         what kind of work
 * @param contributors authors, editors and translators, in printed order
 * @param title        the title without its 《》 marks (nested 〈〉 kept), or the quoted English title
 * @param container    journal, newspaper, collection or web site the work appeared in
 * @param volume       as printed inside the brackets: 第二卷, 上卷, 下, or 5 for English "Vol.5"
 * @param issue        issue number (第1期 → 1)
 * @param edition      edition statement (4th ed., 第2版)
 * @param publisher    publisher(s) as printed (科学出版社、龙门书局)
 * @param place        place of publication (北京)
 * @param year         year of publication
 * @param date         ISO 8601 date at the precision printed beyond the year: 1994-04-06 or 1978-03; null when only
 *                     the year is known
 * @param pages        cited pages in printed order, ranges kept (["87", "91", "91"], ["663-664"], ["Ⅴ"])
 * @param url          URL when printed
 * @param lead         the lead word before the citation (参见, 见, 转引自, 详见), or null
 * @param language     "zh" or "en"
 * @param raw          the text of this one work as printed in the note
 * @param number       a policy document's number (发文字号 国发〔2016〕43号, 国务院令第709号), or null
 */
public record CitedWork(
        WorkKind kind,
        List<Contributor> contributors,
        String title,
        String container,
        String volume,
        String issue,
        String edition,
        String publisher,
        String place,
        Integer year,
        String date,
        List<String> pages,
        String url,
        String lead,
        String language,
        String raw,
        String number) {

    public CitedWork {
        Objects.requireNonNull(kind, "kind");
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Contributors with the given role. */
    public List<Contributor> contributors(ContributorRole role) {
        return contributors.stream().filter(c -> c.role() == role).toList();
    }

    /** A builder starting from this work, for callers that adjust one field (e.g. the cited page). */
    public CitedWorkBuilder toBuilder() {
        return CitedWorkBuilder.from(this);
    }
}
