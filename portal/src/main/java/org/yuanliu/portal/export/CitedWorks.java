package org.yuanliu.portal.export;

import java.util.List;
import java.util.Locale;

import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.CitedWorkBuilder;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.ContributorRole;
import org.yuanliu.citation.source.WorkKind;
import org.yuanliu.portal.document.Document;
import org.yuanliu.portal.source.Source;

/** Records of the sources and documents indices as works the citation library can format. */
final class CitedWorks {
    private CitedWorks() {
    }

    /** The inverse of the indexer's CitationStage#record: the work as its note printed it. */
    static CitedWork of(Source s) {
        CitedWorkBuilder b = CitedWorkBuilder.create().kind(kind(s.kind())).title(s.title()).container(s.container())
                .volume(s.volume()).edition(s.edition()).issue(s.issue()).publisher(s.publisher()).place(s.place()).year(s.year())
                .date(s.date()).url(s.url()).raw(s.raw()).language(s.language() == null ? "zh" : s.language())
                .pages(s.pages() == null ? List.of() : s.pages());
        if (s.contributors() != null && !s.contributors().isEmpty()) {
            s.contributors().stream().filter(c -> c.name() != null)
                    .forEach(c -> b.contributor(new Contributor(c.name(), role(c.role()), Boolean.TRUE.equals(c.implied()))));
        } else if (s.authors() != null) {
            s.authors().forEach(a -> b.contributor(Contributor.author(a)));
        }
        return b.build();
    }

    /**
     * An indexed article or policy text: a journal article when it names its journal; a policy document as what it
     * is, by its issuers, with its number and date.
     */
    static CitedWork of(Document d) {
        String journal = d.journal() == null || d.journal().isEmpty() ? null : d.journal().get(0);
        Document.Policy policy = d.policy();
        WorkKind kind = policy != null && policy.type() != null ? kind(policy.type())
                : journal == null ? WorkKind.OTHER : WorkKind.JOURNAL_ARTICLE;
        CitedWorkBuilder b = CitedWorkBuilder.create().kind(kind)
                .title(d.title()).container(journal).year(d.publicationYear())
                .language(d.language() == null || d.language().isEmpty() ? "zh" : d.language().get(0));
        if (d.authors() != null && !d.authors().isEmpty()) {
            d.authors().forEach(a -> b.contributor(Contributor.author(a)));
        } else if (policy != null && policy.issuers() != null) {
            policy.issuers().forEach(a -> b.contributor(Contributor.author(a)));
        }
        if (policy != null) {
            String date = policy.dateIssued() != null ? policy.dateIssued() : policy.dateWritten();
            b.number(policy.number()).date(date);
            if (policy.yearIssued() != null) {
                b.year(policy.yearIssued());
            }
        }
        List<String> printed = d.printedPages() == null ? List.of() : d.printedPages();
        if (!printed.isEmpty()) {
            String first = printed.get(0);
            String last = printed.get(printed.size() - 1);
            b.pages(List.of(first.equals(last) ? first : first + "-" + last));
        }
        return b.build();
    }

    private static WorkKind kind(String kind) {
        if (kind == null) {
            return WorkKind.OTHER;
        }
        try {
            return WorkKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return WorkKind.OTHER;
        }
    }

    private static ContributorRole role(String role) {
        if (role == null) {
            return ContributorRole.AUTHOR;
        }
        try {
            return ContributorRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ContributorRole.AUTHOR;
        }
    }
}
