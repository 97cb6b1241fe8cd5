package org.yuanliu.indexer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that word processors keep with their marks (Word's and OpenDocument's footnotes and endnotes), as Tika
 * writes them: a mark becomes {@link #MARK} in the block's text and its note a {@link Note}, in the order of the
 * marks, so that the reader links each mark to its note exactly as the PDF chain does from layout.
 */
final class InlineNotes {
    /** Stands for a note's mark in block text: a Unicode noncharacter, never in a document's own text. */
    static final char MARK = '\uFDD0';

    /**
     * One note.
     *
     * @param key    unique in the document: {@code fn-2}, {@code en-1} (Word's ids), {@code note-3} (OpenDocument)
     * @param symbol the mark as the document shows it
     * @param text   the note's text
     */
    record Note(String key, String symbol, String text) {
    }

    /** A block's text with its marks as {@link #MARK}, and the notes of those marks in order. */
    record Marked(String text, List<Note> notes) {
    }

    // Tika's docx text: a reference "[footnoteRef:3]" where the mark is, and " [3: note text] " after the paragraph
    private static final Pattern WORD_REFERENCE = Pattern.compile("\\[(footnote|endnote)Ref:(\\d+)\\]");

    private InlineNotes() {
    }

    /** Reads Word's references and the notes Tika appends to their paragraph. */
    static Marked word(String text) {
        Matcher reference = WORD_REFERENCE.matcher(text);
        List<String[]> references = new ArrayList<>();
        StringBuilder marked = new StringBuilder();
        int last = 0;
        while (reference.find()) {
            marked.append(text, last, reference.start()).append(MARK);
            references.add(new String[] {reference.group(1), reference.group(2)});
            last = reference.end();
        }
        if (references.isEmpty()) {
            return new Marked(text, List.of());
        }
        String rest = text.substring(last);
        // the notes follow the paragraph's own text in the order of their references: [id: text]
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (String[] r : references) {
            int start = rest.indexOf("[" + r[1] + ": ", from);
            starts.add(start);
            if (start >= 0) {
                from = start + r[1].length() + 3;
            }
        }
        int firstNote = starts.stream().filter(s -> s >= 0).findFirst().orElse(rest.length());
        marked.append(rest, 0, firstNote);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String[] r = references.get(i);
            String kind = r[0].equals("endnote") ? "en-" : "fn-";
            int start = starts.get(i);
            String body = "";
            if (start >= 0) {
                int end = rest.length();
                for (int j = i + 1; j < starts.size(); j++) {
                    if (starts.get(j) > start) {
                        end = starts.get(j);
                        break;
                    }
                }
                body = rest.substring(start + r[1].length() + 3, end).strip();
                if (body.endsWith("]")) {
                    body = body.substring(0, body.length() - 1).strip();
                }
            }
            notes.add(new Note(kind + r[1], r[1], body));
        }
        return new Marked(marked.toString(), notes);
    }

    /** An OpenDocument note as Tika writes it: its citation (the mark), a space, then its text. */
    static Note openDocument(int ordinal, String noteText) {
        String text = noteText.strip();
        int space = text.indexOf(' ');
        String symbol = space > 0 && space <= 6 ? text.substring(0, space) : String.valueOf(ordinal);
        String body = space > 0 && space <= 6 ? text.substring(space + 1).strip() : text;
        return new Note("note-" + ordinal, symbol, body);
    }
}
