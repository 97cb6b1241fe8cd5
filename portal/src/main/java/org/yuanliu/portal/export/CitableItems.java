package org.yuanliu.portal.export;

import java.util.List;

import org.yuanliu.citation.export.QuotedPassage;
import org.yuanliu.portal.document.Document;
import org.yuanliu.portal.document.DocumentLibrary;
import org.yuanliu.portal.quotation.Quotation;
import org.yuanliu.portal.quotation.QuotationSearch;
import org.yuanliu.portal.search.Passage;
import org.yuanliu.portal.source.Source;
import org.yuanliu.portal.source.SourceCatalog;
import org.yuanliu.portal.web.NotFoundException;
import org.yuanliu.portal.web.SiteLinks;

import jakarta.inject.Singleton;

/** Finds the item to cite by kind and id. Quoted words are cited at their printed page (87), not the PDF page. */
@Singleton
public final class CitableItems {
    public static final List<String> KINDS = List.of("passage", "quotation", "source", "document");

    private final DocumentLibrary documents;
    private final SourceCatalog sources;
    private final QuotationSearch quotations;

    public CitableItems(DocumentLibrary documents, SourceCatalog sources, QuotationSearch quotations) {
        this.documents = documents;
        this.sources = sources;
        this.quotations = quotations;
    }

    public CitableItem find(String kind, String id, SiteLinks links) {
        return switch (kind) {
            case "source" -> {
                Source s = sources.record(id);
                yield new CitableItem(kind, id, s.title() != null ? s.title() : s.raw(), links.source(id), CitedWorks.of(s),
                        null);
            }
            case "document" -> {
                Document d = documents.document(id);
                yield new CitableItem(kind, id, d.title(), links.document(id), CitedWorks.of(d), null);
            }
            case "passage" -> {
                Passage p = documents.passage(id);
                Document d = documents.document(p.documentId());
                // a policy's passage is cited by its article (《…条例》第十条), others by their printed page
                String page = p.article() != null ? p.article() : p.printedPage() != null ? p.printedPage()
                        : p.pageStart() == null ? null : String.valueOf(p.pageStart());
                yield new CitableItem(kind, id, d.title(), links.passage(p.documentId(), id), null,
                        new QuotedPassage(p.text() == null ? "" : p.text(), null, CitedWorks.of(d), page));
            }
            case "quotation" -> {
                Quotation q = quotations.quotation(id);
                Document d = documents.document(q.documentId());
                String page = q.passageId() == null ? null : documents.passage(q.passageId()).printedPage();
                if (page == null && q.page() != null) {
                    page = String.valueOf(q.page());
                }
                String speaker = q.speaker() == null || q.speaker().isEmpty() ? null : String.join("、", q.speaker());
                yield new CitableItem(kind, id, "“" + q.text() + "”",
                        q.passageId() == null ? links.document(q.documentId()) : links.passage(q.documentId(), q.passageId()),
                        null, new QuotedPassage(q.text() == null ? "" : q.text(), speaker, CitedWorks.of(d), page));
            }
            default -> throw new NotFoundException("Nothing to cite of kind '" + kind + "' (known: "
                    + String.join(", ", KINDS) + ").");
        };
    }
}
