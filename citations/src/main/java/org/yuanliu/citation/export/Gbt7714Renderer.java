package org.yuanliu.citation.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;

/** Renders CSL items with the official GB/T 7714-2015 CSL styles through citeproc-java, as plain text. */
final class Gbt7714Renderer {

    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\s*\\[\\d+\\]\\s*");
    private static final Map<Gbt7714Style, String> STYLE_XML = new EnumMap<>(Gbt7714Style.class);

    private Gbt7714Renderer() {
    }

    /** Bibliography entries in the order given, each without its [n] number and trailing newline. */
    static List<String> render(Gbt7714Style style, List<CSLItemData> items) {
        try {
            // A CSL instance keeps state per item set; items are few per call, so one instance per call.
            CSL csl = new CSL(new ListItemDataProvider(items), styleXml(style), "zh-CN");
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            Bibliography bib = csl.makeBibliography();
            List<String> out = new ArrayList<>();
            for (String e : bib.getEntries()) {
                out.add(ENTRY_NUMBER.matcher(e.strip()).replaceFirst(""));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String styleXml(Gbt7714Style style) throws IOException {
        String xml = STYLE_XML.get(style);
        if (xml == null) {
            try (InputStream in = Gbt7714Renderer.class.getResourceAsStream("/" + style.styleId() + ".csl")) {
                if (in == null) {
                    throw new IOException("CSL style not on the classpath: " + style.styleId());
                }
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            STYLE_XML.put(style, xml);
        }
        return xml;
    }
}
