package org.yuanliu.portal.document;

import org.yuanliu.portal.web.PageModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yuanliu.portal.search.FacetLabels;
import org.yuanliu.portal.search.FacetTag;
import org.yuanliu.portal.search.Footnote;
import org.yuanliu.portal.source.SourceCatalog;
import org.yuanliu.portal.web.Labels;
import org.yuanliu.portal.web.PageLink;
import org.yuanliu.portal.web.RequestParameters;
import org.yuanliu.portal.web.SiteLinks;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/** The document view: metadata, abstract, contents, and the text page by page with notes that open their sources. */
@Hidden
@Controller("/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentPageController {

    /**
     * A passage ready to print: its anchor and safe HTML, preceded by the heading of its section when the section
     * starts here ({@code heading} null otherwise; {@code headingLevel} 1–4).
     */
    public record PassageView(String id, String anchor, String heading, int headingLevel, String html,
                              List<FacetTag> tags) {
    }

    /** A note with the sources it cites (id → title). */
    public record NoteView(String anchor, String marker, String text, Map<String, String> sources) {
    }

    public record PageView(int page, String anchor, String printedPage, List<PassageView> passages, List<NoteView> notes) {
    }

    private final DocumentLibrary library;
    private final SourceCatalog sources;
    private final Labels labels;
    private final FacetLabels facetLabels;

    public DocumentPageController(DocumentLibrary library, SourceCatalog sources, Labels labels,
                                  FacetLabels facetLabels) {
        this.library = library;
        this.sources = sources;
        this.labels = labels;
        this.facetLabels = facetLabels;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of("lang"));
        String lang = Labels.language(request);
        Map<String, String> t = labels.of(lang);
        DocumentDetail detail = library.detail(id, lang);
        Map<String, String> titles = sources.titles(detail.pages().stream().flatMap(p -> p.footnotes().stream())
                .flatMap(n -> n.sources().stream()).toList());
        Map<String, Object> model = PageModel.of(request, lang, t);
        model.put("id", id);
        model.put("facetLabels", facetLabels);
        model.put("passagesLink", PageLink.to("/search").with("document", id).with("lang", "en".equals(lang) ? lang : null)
                .href());
        model.put("doc", detail.document());
        model.put("contents", detail.contents());
        model.put("similar", detail.similar());
        String[] section = {null};
        model.put("pages", detail.pages().stream().map(p -> page(p, titles, section)).toList());
        return new ModelAndView<>("document", model);
    }

    /** @param section the section of the previous passage, carried across pages */
    private static PageView page(DocumentPage page, Map<String, String> titles, String[] section) {
        List<NoteView> notes = new ArrayList<>();
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Footnote note : page.footnotes()) {
            String anchor = "fn-" + page.page() + "-" + (notes.size() + 1);
            note.symbols().forEach(symbol -> anchors.putIfAbsent(symbol, anchor));
            if (note.id() != null) {
                anchors.putIfAbsent(MarkedText.NOTE + note.id(), anchor);
            }
            Map<String, String> cited = new LinkedHashMap<>();
            note.sources().forEach(sid -> cited.put(sid, titles.getOrDefault(sid, sid)));
            notes.add(new NoteView(anchor, note.marker(), note.text(), cited));
        }
        List<PassageView> passages = new ArrayList<>();
        for (DocumentPassage p : page.passages()) {
            // passages name the section they belong to; its heading is printed where the section starts
            String heading = p.section() != null && !p.section().equals(section[0]) ? p.section() : null;
            section[0] = p.section();
            passages.add(new PassageView(p.id(), SiteLinks.anchor(p.id()), heading, headingLevel(p),
                    MarkedText.html(p.text(), p.markers(), anchors), p.tags()));
        }
        return new PageView(page.page(), "page-" + page.page(), page.printedPage(), passages, notes);
    }

    private static int headingLevel(DocumentPassage p) {
        return p.headingLevel() == null ? 1 : Math.max(1, Math.min(p.headingLevel(), 4));
    }
}
