package org.yuanliu.citation.source;

import java.util.regex.Pattern;

/**
 * Decides a work's kind from what the citation states. Chinese notes put journals and newspapers in 《》 but not
 * web sites, so an unbracketed container with a date is a site.
 */
final class WorkClassifier {

    static final Pattern COLLECTED = Pattern.compile("(文选|文集|选集|全集|年谱|文稿|文献选编|论述摘编|著作选读|文献汇编|选编)");
    private static final Pattern SPEECH = Pattern.compile(
            "(讲话|报告|演讲|致辞|发言|谈话|贺信|答记者问)(提纲|稿)?$|上的(讲话|报告|演讲|致辞|发言)");
    private static final Pattern ARCHIVE = Pattern.compile("(档案馆|档案号|档号|全宗|卷宗|案卷)");
    private static final Pattern NEWSPAPER_NAME = Pattern.compile("(报|时报|日报|晚报|周报|Times|Post|News)$");

    private WorkClassifier() {
    }

    static WorkKind classify(CitedWorkBuilder w, boolean containerBracketed, boolean dateHasDay) {
        if (w.url != null || (w.container != null && !containerBracketed && (w.year != null || w.date != null))) {
            return WorkKind.WEB_PAGE;
        }
        if (w.raw != null && ARCHIVE.matcher(w.raw).find()) {
            return WorkKind.ARCHIVE;
        }
        if (w.container != null && containerBracketed) {
            if (w.issue != null) {
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
        String title = w.title == null ? "" : w.title;
        if (COLLECTED.matcher(title).find()) {
            return WorkKind.COLLECTED_WORKS;
        }
        if (SPEECH.matcher(stripSubtitleDash(title)).find() || SPEECH.matcher(title).find()) {
            return WorkKind.SPEECH_OR_REPORT;
        }
        if (w.publisher != null) {
            return WorkKind.BOOK;
        }
        return WorkKind.OTHER;
    }

    private static String stripSubtitleDash(String title) {
        int dash = title.indexOf("——");
        return dash > 0 ? title.substring(0, dash) : title;
    }
}
