package org.yuanliu.portal.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/** The document view: metadata, abstract, contents, and the text page by page with notes that open their sources. */
@Controller("/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentPageController {

    /** A passage ready to print: its anchor, heading level (0 for body text) and safe HTML. */
    public record PassageView(String anchor, int headingLevel, String html) {
    }

    /** A note with the sources it cites (id → title). */
    public record NoteView(String anchor, String marker, String text, Map<String, String> sources) {
    }

    public record PageView(int page, String anchor, String printedPage, List<PassageView> passages, List<NoteView> notes) {
    }

    private final DocumentLibrary library;
    private final SourceCatalog sources;
    private final Labels labels;

    public DocumentPageController(DocumentLibrary library, SourceCatalog sources, Labels labels) {
        this.library = library;
        this.sources = sources;
        this.labels = labels;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, HttpRequest<?> request) {
        RequestParameters.of(request.getParameters(), Set.of("lang"));
        String lang = Labels.language(request);
        Map<String, String> t = labels.of(lang);
        DocumentDetail detail = library.detail(id);
        Map<String, String> titles = sources.titles(detail.pages().stream().flatMap(p -> p.footnotes().stream())
                .flatMap(n -> n.sources().stream()).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", lang);
        model.put("links", new SiteLinks(lang));
        model.put("langSwitch", PageLink.of(request.getPath(), request.getParameters())
                .with("lang", t.get("lang.otherCode")).href());
        model.put("id", id);
        model.put("doc", detail.document());
        model.put("contents", detail.contents());
        model.put("pages", detail.pages().stream().map(p -> page(p, titles)).toList());
        return new ModelAndView<>("document", model);
    }

    private static PageView page(DocumentPage page, Map<String, String> titles) {
        List<NoteView> notes = new ArrayList<>();
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Footnote note : page.footnotes()) {
            String anchor = "fn-" + page.page() + "-" + (notes.size() + 1);
            anchors.putIfAbsent(note.marker() == null ? "" : note.marker(), anchor);
            Map<String, String> cited = new LinkedHashMap<>();
            note.sources().forEach(sid -> cited.put(sid, titles.getOrDefault(sid, sid)));
            notes.add(new NoteView(anchor, note.marker(), note.text(), cited));
        }
        List<PassageView> passages = page.passages().stream().map(p -> new PassageView(SiteLinks.anchor(p.id()),
                headingLevel(p), MarkedText.html(p.text(), anchors))).toList();
        return new PageView(page.page(), "page-" + page.page(), page.printedPage(), passages, notes);
    }

    private static int headingLevel(DocumentPassage p) {
        if (p.headingLevel() != null && p.headingLevel() > 0) {
            return Math.min(p.headingLevel(), 4);
        }
        return "heading".equals(p.kind()) ? 2 : 0;
    }
}
