package org.yuanliu.indexer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of block elements (p, h1–h6, li, td, …) from Tika's XHTML, with heading levels. A note Tika
 * writes inside its paragraph ({@code <p class="note">}, OpenDocument) is not a block: its mark stays in the
 * paragraph as {@link InlineNotes#MARK} and its text goes with the block's notes.
 */
final class BlockCollector extends DefaultHandler {
    /** A block of text; {@code headingLevel} is 0 for ordinary text; {@code notes} are those of its marks. */
    record Block(String text, int headingLevel, List<InlineNotes.Note> notes) {
        Block(String text, int headingLevel) {
            this(text, headingLevel, List.of());
        }

        Block {
            notes = List.copyOf(notes);
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "pre", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int headingLevel;
    private final List<InlineNotes.Note> notes = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    private int noteDepth;
    private boolean inTitle; // the title is metadata (Tika reports it), not text of the document
    private int noteCount;
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
        if (name.equals("title")) {
            inTitle = true;
            return;
        }
        if (noteDepth > 0) {
            if (name.equals("p")) {
                noteDepth++;
                note.append(' ');
            }
            return;
        }
        if (name.equals("p") && "note".equals(atts.getValue("class"))) {
            noteDepth = 1;
            text.append(InlineNotes.MARK);
            note.setLength(0);
            return;
        }
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
        if (name.equals("title")) {
            inTitle = false;
            return;
        }
        if (noteDepth > 0) {
            if (name.equals("p") && --noteDepth == 0) {
                notes.add(InlineNotes.openDocument(++noteCount, note.toString()));
            }
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inTitle || chars + length > maxChars) {
            return;
        }
        chars += length;
        (noteDepth > 0 ? note : text).append(ch, start, length);
    }

    private void flush() {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            blocks.add(new Block(t, headingLevel, notes));
        }
        notes.clear();
        text.setLength(0);
        headingLevel = 0;
    }
}
