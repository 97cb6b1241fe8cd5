package org.yuanliu.citation.export;

import java.util.LinkedHashSet;
import java.util.List;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.ContributorRole;
import org.yuanliu.citation.source.SourceKey;
import org.yuanliu.citation.source.WorkKind;

/** Maps a {@link CitedWork} to a CSL item (the input of citeproc-java and of CSL-JSON). */
final class CslMapping {

    private CslMapping() {
    }

    static CSLItemData toCsl(CitedWork w, String id) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(type(w)).title(w.title());
        names(w, ContributorRole.AUTHOR).ifPresent(b::author);
        names(w, ContributorRole.EDITOR).ifPresent(b::editor);
        names(w, ContributorRole.TRANSLATOR).ifPresent(b::translator);
        if (w.kind() == WorkKind.WEB_PAGE && w.url() == null && w.container() != null && w.publisher() == null) {
            // GB/T 4.6: 出版地: 出版者, 出版年. The CSL style drops container-title for web pages, and Chinese notes
            // name the site (新华网) without a URL, so the site is passed as the publisher and the medium as OL.
            b.publisher(w.container()).medium("OL");
        } else if (w.container() != null) {
            b.containerTitle(w.container());
        }
        if (w.volume() != null) {
            b.volume(w.volume());
        }
        if (w.number() != null) {
            b.number(w.number());
        }
        if (w.issue() != null) {
            b.issue(w.issue());
        }
        if (w.edition() != null) {
            b.edition(w.edition());
        }
        if (w.publisher() != null) {
            b.publisher(w.publisher());
        }
        if (w.place() != null) {
            b.publisherPlace(w.place());
        }
        String pages = pages(w.pages());
        if (pages != null) {
            b.page(pages);
        }
        if (w.url() != null) {
            b.URL(w.url());
        }
        if (w.date() != null || w.year() != null) {
            b.issued(date(w));
        }
        b.language("en".equals(w.language()) ? "en-US" : "zh-CN");
        return b.build();
    }

    /** A stable id from the source key (String.hashCode is specified, so ids agree across runs). */
    static String idOf(CitedWork w) {
        return "yl" + Integer.toHexString(SourceKey.of(w).value().hashCode());
    }

    /** Cited pages, repeated pages once (第 91、91 页 cites page 91). */
    static String pages(List<String> pages) {
        return pages.isEmpty() ? null : String.join(",", new LinkedHashSet<>(pages));
    }

    static CSLType type(CitedWork w) {
        WorkKind k = w.kind();
        return switch (k) {
            case JOURNAL_ARTICLE -> CSLType.ARTICLE_JOURNAL;
            case NEWSPAPER_ARTICLE -> CSLType.ARTICLE_NEWSPAPER;
            case WEB_PAGE -> CSLType.WEBPAGE;
            case ARCHIVE -> CSLType.COLLECTION;
            case OTHER -> w.publisher() != null ? CSLType.BOOK : CSLType.DOCUMENT;
            case BOOK, COLLECTED_WORKS -> w.container() != null ? CSLType.CHAPTER : CSLType.BOOK;
            case THESIS -> CSLType.THESIS;
            case CONFERENCE_PAPER -> CSLType.PAPER_CONFERENCE;
            case STANDARD -> CSLType.STANDARD;
            case PATENT -> CSLType.PATENT;
            // A speech, report or policy is cited where it was printed: as a book ([M]) when a publisher issued it,
            // as a newspaper article ([N]) or a web page ([EB/OL]); otherwise as the document it is.
            case SPEECH, REPORT, LAW, REGULATION, PLAN, DECISION, NOTICE, OPINION, WHITE_PAPER, AGREEMENT ->
                    switch (printedIn(w)) {
                        case WEB -> CSLType.WEBPAGE;
                        case NEWSPAPER -> CSLType.ARTICLE_NEWSPAPER;
                        case COLLECTION -> CSLType.CHAPTER;
                        case PUBLISHER -> CSLType.BOOK;
                        case ITSELF -> switch (k) {
                            case SPEECH -> CSLType.SPEECH;
                            case REPORT, WHITE_PAPER -> CSLType.REPORT;
                            case LAW -> CSLType.LEGISLATION;
                            case AGREEMENT -> CSLType.TREATY;
                            default -> CSLType.REGULATION;
                        };
                    };
        };
    }

    /** Where a document was printed, as its citation states it. */
    enum Printed { WEB, NEWSPAPER, COLLECTION, PUBLISHER, ITSELF }

    static Printed printedIn(CitedWork w) {
        if (w.url() != null || (w.container() != null && WEB_CONTAINER.matcher(w.container()).find())) {
            return Printed.WEB;
        }
        if (w.container() != null) {
            return w.publisher() != null ? Printed.COLLECTION : Printed.NEWSPAPER;
        }
        return w.publisher() != null ? Printed.PUBLISHER : Printed.ITSELF;
    }

    private static final java.util.regex.Pattern WEB_CONTAINER =
            java.util.regex.Pattern.compile("(网|网站|网页|客户端|新闻|官网|门户|\\.cn|\\.com|\\.org)$");

    private static java.util.Optional<CSLName[]> names(CitedWork w, ContributorRole role) {
        List<Contributor> cs = w.contributors(role);
        if (cs.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(cs.stream().map(c -> name(c.name())).toArray(CSLName[]::new));
    }

    static CSLName name(String name) {
        Names.Parts p = Names.parts(name);
        return p.isLiteral() ? new CSLNameBuilder().literal(p.literal()).build()
                : new CSLNameBuilder().family(p.family()).given(p.given()).build();
    }

    private static de.undercouch.citeproc.csl.CSLDate date(CitedWork w) {
        if (w.date() != null) {
            String[] parts = w.date().split("-");
            int[] ints = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                ints[i] = Integer.parseInt(parts[i]);
            }
            return new CSLDateBuilder().dateParts(ints).build();
        }
        return new CSLDateBuilder().dateParts(w.year()).build();
    }
}
