package org.yuanliu.indexer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Collects the text of block elements (p, h1–h6, li, td, …) from Tika's XHTML, with heading levels. */
final class BlockCollector extends DefaultHandler {
    /** A block of text; {@code headingLevel} is 0 for ordinary text. */
    record Block(String text, int headingLevel) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "pre", "blockquote", "title",
            "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int headingLevel;
    private final long maxChars;
    private long chars;

    BlockCollector(long maxChars) {
        this.maxChars = maxChars;
    }

    List<Block> blocks() {
        flush();
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingLevel = name.charAt(1) - '0';
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (chars + length > maxChars) {
            return;
        }
        chars += length;
        text.append(ch, start, length);
    }

    private void flush() {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            blocks.add(new Block(t, headingLevel));
        }
        text.setLength(0);
        headingLevel = 0;
    }
}
