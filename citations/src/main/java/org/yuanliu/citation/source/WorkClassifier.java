package org.yuanliu.citation.source;

import java.util.regex.Pattern;

/**
 * Decides a work's kind from what the citation states: first what the title calls the work ({@link WorkGenres}),
 * then where it appeared. Chinese notes put journals and newspapers in 《》 but not web sites, so an unbracketed
 * container with a date is a site.
 */
final class WorkClassifier {

    static final Pattern COLLECTED = Pattern.compile("(文选|文集|选集|全集|年谱|文稿|文献选编|论述摘编|著作选读|文献汇编|选编)");
    private static final Pattern ARCHIVE = Pattern.compile("(档案馆|档案号|档号|全宗|卷宗|案卷)");
    private static final Pattern NEWSPAPER_NAME = Pattern.compile("(报|时报|日报|晚报|周报|Times|Post|News)$");

    private WorkClassifier() {
    }

    static WorkKind classify(CitedWorkBuilder w, boolean containerBracketed, boolean dateHasDay) {
        if (w.raw != null && ARCHIVE.matcher(w.raw).find()) {
            return WorkKind.ARCHIVE;
        }
        String title = w.title == null ? "" : w.title;
        // an issue number (2019 年第 4 期) makes the container a journal, 《》 or not; a web page has none
        boolean journal = w.container != null && w.issue != null && (containerBracketed || w.url == null);
        if (!journal && (COLLECTED.matcher(title).find() || WorkGenres.standard().talksOfAPerson(title))) {
            return WorkKind.COLLECTED_WORKS;
        }
        // What the title says the work is (规划, 决定, 报告) holds wherever it was printed: a congress report in a
        // newspaper is a report. An edited volume (主编) is a book whatever its title says.
        boolean edited = w.contributors.stream().anyMatch(c -> c.role() == ContributorRole.EDITOR);
        var genre = edited || journal ? java.util.Optional.<WorkKind>empty() : WorkGenres.standard().of(title);
        if (genre.isPresent()) {
            return genre.get();
        }
        if (journal) {
            return WorkKind.JOURNAL_ARTICLE;
        }
        if (w.url != null || (w.container != null && !containerBracketed && (w.year != null || w.date != null))) {
            return WorkKind.WEB_PAGE;
        }
        if (w.container != null && containerBracketed) {
            if (journal) {
                return WorkKind.JOURNAL_ARTICLE;
            }
            if (dateHasDay || NEWSPAPER_NAME.matcher(w.container).find()) {
                return WorkKind.NEWSPAPER_ARTICLE;
            }
            if (w.publisher != null) {
                return COLLECTED.matcher(w.container).find() ? WorkKind.COLLECTED_WORKS : WorkKind.BOOK;
            }
            return WorkKind.JOURNAL_ARTICLE;
        }
        if (w.publisher != null) {
            return WorkKind.BOOK;
        }
        return WorkKind.OTHER;
    }

    /** Adds the authors the title implies when the citation prints none (《毛泽东文集》, 《国务院关于…的通知》). */
    static void addImpliedAuthors(CitedWorkBuilder w, WorkKind kind) {
        if (w.contributors.stream().anyMatch(c -> c.role() == ContributorRole.AUTHOR)) {
            return;
        }
        WorkGenres.standard().impliedAuthors(w.title, kind)
                .forEach(name -> w.contributor(new Contributor(name, ContributorRole.AUTHOR, true)));
    }
}
