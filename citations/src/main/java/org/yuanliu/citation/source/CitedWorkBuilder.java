package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;

/** Mutable assembly of a {@link CitedWork} while a parser walks the fields of a citation. */
public final class CitedWorkBuilder {

    WorkKind kind;
    final List<Contributor> contributors = new ArrayList<>();
    String title;
    String container;
    String volume;
    String issue;
    String edition;
    String publisher;
    String place;
    Integer year;
    String date;
    final List<String> pages = new ArrayList<>();
    String url;
    String lead;
    String language = "zh";
    String raw;
    String number;
    /** An unbracketed field that becomes the container (a web site) when a date follows. */
    String siteCandidate;

    public static CitedWorkBuilder create() {
        return new CitedWorkBuilder();
    }

    static CitedWorkBuilder from(CitedWork w) {
        CitedWorkBuilder b = new CitedWorkBuilder();
        b.kind = w.kind();
        b.contributors.addAll(w.contributors());
        b.title = w.title();
        b.container = w.container();
        b.volume = w.volume();
        b.issue = w.issue();
        b.edition = w.edition();
        b.publisher = w.publisher();
        b.place = w.place();
        b.year = w.year();
        b.date = w.date();
        b.pages.addAll(w.pages());
        b.url = w.url();
        b.lead = w.lead();
        b.language = w.language();
        b.raw = w.raw();
        b.number = w.number();
        return b;
    }

    public CitedWorkBuilder kind(WorkKind v) { kind = v; return this; }
    public CitedWorkBuilder contributor(Contributor v) { contributors.add(v); return this; }
    public CitedWorkBuilder title(String v) { title = v; return this; }
    public CitedWorkBuilder container(String v) { container = v; return this; }
    public CitedWorkBuilder volume(String v) { volume = v; return this; }
    public CitedWorkBuilder issue(String v) { issue = v; return this; }
    public CitedWorkBuilder edition(String v) { edition = v; return this; }
    public CitedWorkBuilder publisher(String v) { publisher = v; return this; }
    public CitedWorkBuilder place(String v) { place = v; return this; }
    public CitedWorkBuilder year(Integer v) { year = v; return this; }
    public CitedWorkBuilder date(String v) { date = v; return this; }
    public CitedWorkBuilder pages(List<String> v) { pages.clear(); pages.addAll(v); return this; }
    public CitedWorkBuilder url(String v) { url = v; return this; }
    public CitedWorkBuilder lead(String v) { lead = v; return this; }
    public CitedWorkBuilder language(String v) { language = v; return this; }
    public CitedWorkBuilder raw(String v) { raw = v; return this; }
    public CitedWorkBuilder number(String v) { number = v; return this; }

    public CitedWork build() {
        return new CitedWork(kind == null ? WorkKind.OTHER : kind, contributors, title, container, volume, issue,
                edition, publisher, place, year, date, pages, url, lead, language, raw, number);
    }
}
