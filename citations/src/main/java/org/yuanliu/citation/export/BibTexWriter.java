package org.yuanliu.citation.export;

import java.util.List;
import java.util.stream.Collectors;
import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.ContributorRole;
import org.yuanliu.citation.source.WorkKind;

/**
 * BibTeX (with the biblatex {@code date}, {@code langid} and {@code urldate}-free subset that BibTeX ignores
 * harmlessly). Chinese names are braced so BibTeX never splits them into first and last names.
 */
final class BibTexWriter {

    private BibTexWriter() {
    }

    static String write(CitedWork w, String key, String note) {
        StringBuilder b = new StringBuilder("@").append(entryType(w)).append('{').append(key).append(",\n");
        field(b, "author", names(w.contributors(ContributorRole.AUTHOR)));
        field(b, "editor", names(w.contributors(ContributorRole.EDITOR)));
        field(b, "translator", names(w.contributors(ContributorRole.TRANSLATOR)));
        field(b, "title", w.title() == null ? null : "{" + escape(w.title()) + "}");
        String container = w.container() == null ? null : escape(w.container());
        switch (entryType(w)) {
            case "article" -> field(b, "journal", container);
            case "misc" -> field(b, "howpublished", container);
            default -> field(b, "booktitle", container);
        }
        field(b, "volume", escape(w.volume()));
        field(b, "number", escape(w.issue()));
        field(b, "edition", escape(w.edition()));
        field(b, "publisher", escape(w.publisher()));
        field(b, "address", escape(w.place()));
        field(b, "year", w.year() == null ? null : w.year().toString());
        field(b, "date", w.date());
        field(b, "pages", w.pages().isEmpty() ? null : escape(CslMapping.pages(w.pages()).replace("-", "--")));
        field(b, "url", w.url());
        field(b, "langid", "en".equals(w.language()) ? "english" : "chinese");
        field(b, "note", escape(note));
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    private static String entryType(CitedWork w) {
        if (w.kind() == WorkKind.JOURNAL_ARTICLE || w.kind() == WorkKind.NEWSPAPER_ARTICLE) {
            return "article";
        }
        boolean document = w.kind().isPolicy() || w.kind() == WorkKind.REPORT || w.kind() == WorkKind.SPEECH
                || w.kind() == WorkKind.AGREEMENT;
        if (document && CslMapping.printedIn(w) == CslMapping.Printed.NEWSPAPER) {
            return "article";
        }
        if (w.kind() == WorkKind.WEB_PAGE || w.kind() == WorkKind.ARCHIVE
                || (document && CslMapping.printedIn(w) == CslMapping.Printed.WEB)) {
            return "misc";
        }
        if (w.kind() == WorkKind.THESIS) {
            return "phdthesis";
        }
        if (w.kind() == WorkKind.CONFERENCE_PAPER) {
            return "inproceedings";
        }
        if (w.kind() == WorkKind.STANDARD || w.kind() == WorkKind.PATENT) {
            return "misc";
        }
        if (w.container() != null) {
            return "incollection";
        }
        return w.publisher() != null ? "book" : "misc";
    }

    private static String names(List<Contributor> cs) {
        if (cs.isEmpty()) {
            return null;
        }
        return cs.stream().map(c -> {
            Names.Parts p = Names.parts(c.name());
            return p.isLiteral() ? "{" + escape(p.literal()) + "}" : escape(p.family()) + ", " + escape(p.given());
        }).collect(Collectors.joining(" and "));
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value != null && !value.isEmpty()) {
            b.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** Escapes the characters that are special to (La)TeX. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
