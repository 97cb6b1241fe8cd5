package org.yuanliu.citation.export;

import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.ContributorRole;

/** RIS, one tag per line ending in CR LF as the format asks. */
final class RisWriter {

    private static final String EOL = "\r\n";

    private RisWriter() {
    }

    static String write(CitedWork w, String note) {
        StringBuilder b = new StringBuilder();
        tag(b, "TY", type(w));
        for (Contributor c : w.contributors()) {
            tag(b, c.role() == ContributorRole.AUTHOR ? "AU" : c.role() == ContributorRole.EDITOR ? "A2" : "A4", risName(c.name()));
        }
        tag(b, "TI", w.title());
        tag(b, "T2", w.container());
        tag(b, "VL", w.volume());
        tag(b, "IS", w.issue());
        tag(b, "ET", w.edition());
        String pages = CslMapping.pages(w.pages());
        if (pages != null && pages.matches("[^,]+-[^,]+")) {
            tag(b, "SP", pages.substring(0, pages.indexOf('-')));
            tag(b, "EP", pages.substring(pages.indexOf('-') + 1));
        } else {
            tag(b, "SP", pages);
        }
        tag(b, "PY", w.year() == null ? null : w.year().toString());
        tag(b, "DA", w.date() == null ? null : w.date().replace('-', '/') + (w.date().length() == 10 ? "/" : ""));
        tag(b, "PB", w.publisher());
        tag(b, "CY", w.place());
        tag(b, "UR", w.url());
        tag(b, "LA", w.language());
        tag(b, "N1", note);
        return b.append("ER  - ").append(EOL).toString();
    }

    private static String type(CitedWork w) {
        return switch (w.kind()) {
            case JOURNAL_ARTICLE -> "JOUR";
            case NEWSPAPER_ARTICLE -> "NEWS";
            case WEB_PAGE -> "ELEC";
            case ARCHIVE -> "MANSCPT";
            case BOOK, COLLECTED_WORKS -> w.container() != null ? "CHAP" : "BOOK";
            case THESIS -> "THES";
            case CONFERENCE_PAPER -> "CPAPER";
            case STANDARD -> "STAND";
            case PATENT -> "PAT";
            case SPEECH, REPORT, LAW, REGULATION, PLAN, DECISION, NOTICE, OPINION, WHITE_PAPER, AGREEMENT ->
                    switch (CslMapping.printedIn(w)) {
                        case WEB -> "ELEC";
                        case NEWSPAPER -> "NEWS";
                        case COLLECTION -> "CHAP";
                        case PUBLISHER -> "BOOK";
                        case ITSELF -> switch (w.kind()) {
                            case LAW -> "STAT";
                            case REPORT, WHITE_PAPER -> "RPRT";
                            case SPEECH -> "GEN";
                            default -> "GOVDOC";
                        };
                    };
            case OTHER -> "GEN";
        };
    }

    /** RIS wants "Family, Given"; literal (Chinese) names are written whole. */
    private static String risName(String name) {
        Names.Parts p = Names.parts(name);
        return p.isLiteral() ? p.literal() : p.family() + ", " + p.given();
    }

    private static void tag(StringBuilder b, String tag, String value) {
        if (value != null && !value.isBlank()) {
            b.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append(EOL);
        }
    }
}
