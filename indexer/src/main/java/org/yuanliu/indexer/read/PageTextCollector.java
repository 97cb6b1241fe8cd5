package org.yuanliu.indexer.read;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The text of each {@code <div class="page">} in Tika's XHTML for a PDF, with line breaks kept. */
final class PageTextCollector extends DefaultHandler {
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current;

    List<String> pages() {
        return pages.stream().map(StringBuilder::toString).toList();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            current = new StringBuilder();
            pages.add(current);
        } else if (current != null && (name.equals("p") || name.equals("br"))) {
            current.append("\n\n");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current != null) {
            current.append(ch, start, length);
        }
    }
}
