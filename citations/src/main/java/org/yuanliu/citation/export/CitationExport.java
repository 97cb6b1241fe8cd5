package org.yuanliu.citation.export;

import java.util.ArrayList;
import java.util.List;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.yuanliu.citation.source.CitedWork;

/**
 * Renders cited works and quoted passages as GB/T 7714-2015 (through citeproc-java and the official CSL styles),
 * BibTeX, RIS and CSL-JSON. A passage is cited as its document at the passage's page, with the quoted words in
 * the note field where the format has one.
 */
public final class CitationExport {

    private CitationExport() {
    }

    /** GB/T 7714-2015 numeric reference-list entry, without the [n] number: {@code 白春礼. 题名: 上卷[M]. 北京: …}. */
    public static String gbt7714(CitedWork work) {
        return gbt7714(work, Gbt7714Style.NUMERIC);
    }

    public static String gbt7714(CitedWork work, Gbt7714Style style) {
        return gbt7714(List.of(work), style).get(0);
    }

    /** Several entries rendered in one pass (cheaper than one call each), in the order given. */
    public static List<String> gbt7714(List<CitedWork> works, Gbt7714Style style) {
        List<CSLItemData> items = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            // Ids only need to be unique inside this call; equal works cited twice still render twice.
            items.add(CslMapping.toCsl(works.get(i), "item" + i));
        }
        return Gbt7714Renderer.render(style, items);
    }

    /** The document of a passage in GB/T 7714 with the passage's page as the cited page. */
    public static String gbt7714(QuotedPassage passage) {
        return gbt7714(atPage(passage));
    }

    public static String bibtex(CitedWork work) {
        return BibTexWriter.write(work, CslMapping.idOf(work), null);
    }

    public static String bibtex(QuotedPassage passage) {
        return BibTexWriter.write(atPage(passage), CslMapping.idOf(passage.document()), quotedNote(passage));
    }

    public static String ris(CitedWork work) {
        return RisWriter.write(work, null);
    }

    public static String ris(QuotedPassage passage) {
        return RisWriter.write(atPage(passage), quotedNote(passage));
    }

    /** One CSL-JSON item (an object); Chinese names are literal, exactly as citeproc receives them. */
    public static String cslJson(CitedWork work) {
        return CslJsonWriter.write(List.of(CslMapping.toCsl(work, CslMapping.idOf(work)))).get(0);
    }

    public static String cslJson(QuotedPassage passage) {
        CSLItemData item = CslMapping.toCsl(atPage(passage), CslMapping.idOf(passage.document()));
        return CslJsonWriter.write(List.of(new CSLItemDataBuilder(item).note(quotedNote(passage)).build())).get(0);
    }

    /** A CSL-JSON array of several works. */
    public static String cslJson(List<CitedWork> works) {
        return "[" + String.join(",", CslJsonWriter.write(
                works.stream().map(w -> CslMapping.toCsl(w, CslMapping.idOf(w))).toList())) + "]";
    }

    private static CitedWork atPage(QuotedPassage p) {
        return p.page() == null ? p.document() : p.document().toBuilder().pages(List.of(p.page())).build();
    }

    private static String quotedNote(QuotedPassage p) {
        return (p.speaker() == null ? "" : p.speaker() + "：") + "“" + p.text() + "”";
    }
}
