package org.yuanliu.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;

/**
 * The footnotes and endnotes of a Word 97–2003 file (.doc), read with POI's HWPF. Tika writes a .doc's notes as
 * paragraphs at the end, each opening with its unprintable reference character, and drops the marks from the text;
 * here each note keeps its text and the words its mark follows, so the reader can put the mark back in the
 * paragraph Tika gave and leave the note paragraphs out — the same notes, linked to their marks, as .docx and PDF.
 */
final class BinaryWordNotes {
    /** How many characters before a mark identify its place in the paragraph. */
    private static final int CONTEXT = 12;

    /** A note, and the text just before its mark (at most {@link #CONTEXT} characters of its paragraph). */
    record Anchored(String before, InlineNotes.Note note) {
    }

    private BinaryWordNotes() {
    }

    /** The file's notes in the order of their marks; none when the file has none or cannot be read this way. */
    static List<Anchored> read(Path file) {
        try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in)) {
            String main = doc.getRange().text();
            List<int[]> order = new ArrayList<>(); // {anchor, kind (0 footnote, 1 endnote), index}
            collect(doc.getFootnotes(), 0, order);
            collect(doc.getEndnotes(), 1, order);
            order.sort(Comparator.comparingInt(o -> o[0]));
            String footnotes = doc.getFootnoteRange().text();
            String endnotes = doc.getEndnoteRange().text();
            List<Anchored> anchored = new ArrayList<>();
            int[] counts = new int[2];
            for (int[] o : order) {
                Notes notes = o[1] == 0 ? doc.getFootnotes() : doc.getEndnotes();
                String story = o[1] == 0 ? footnotes : endnotes;
                int start = Math.min(story.length(), notes.getNoteTextStartOffset(o[2]));
                int end = Math.min(story.length(), notes.getNoteTextEndOffset(o[2]));
                String text = printable(story.substring(start, Math.max(start, end)));
                int number = ++counts[o[1]];
                if (text.isEmpty() || o[0] > main.length()) {
                    continue;
                }
                String key = (o[1] == 0 ? "fn-" : "en-") + number;
                anchored.add(new Anchored(before(main, o[0]), new InlineNotes.Note(key, String.valueOf(number), text)));
            }
            return anchored;
        } catch (IOException | RuntimeException unreadable) {
            return List.of(); // Tika reads the text; the notes stay as it gives them
        }
    }

    private static void collect(Notes notes, int kind, List<int[]> order) {
        for (int i = 0; i < notes.getNotesCount(); i++) {
            order.add(new int[] {notes.getNoteAnchorPosition(i), kind, i});
        }
    }

    /** The paragraph's printable text before a mark, its last {@link #CONTEXT} characters. */
    private static String before(String main, int anchor) {
        int paragraph = Math.max(main.lastIndexOf('\r', anchor - 1), main.lastIndexOf('\u0007', anchor - 1)) + 1;
        String text = printable(main.substring(paragraph, anchor));
        return text.substring(Math.max(0, text.length() - CONTEXT));
    }

    /** Without Word's control characters (note references, field marks, cell ends) and outer spaces. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= 0x20 || c == '\t').forEach(out::appendCodePoint);
        return out.toString().replace('\t', ' ').strip();
    }

    /**
     * A paragraph of the text with the marks of the notes it holds put back ({@link InlineNotes#MARK}), taking them
     * from the front of {@code pending} in order while their words are found in it.
     */
    static InlineNotes.Marked mark(String paragraph, List<Anchored> pending) {
        StringBuilder marked = new StringBuilder();
        List<InlineNotes.Note> notes = new ArrayList<>();
        int from = 0;
        while (!pending.isEmpty()) {
            Anchored next = pending.get(0);
            int at = next.before().isEmpty() ? (notes.isEmpty() && from == 0 ? -1 : from) : paragraph.indexOf(next.before(), from);
            if (at < 0) {
                break;
            }
            int end = at + next.before().length();
            marked.append(paragraph, from, end).append(InlineNotes.MARK);
            notes.add(next.note());
            pending.remove(0);
            from = end;
        }
        marked.append(paragraph.substring(from));
        return new InlineNotes.Marked(marked.toString(), notes);
    }

    /** Whether a paragraph is one of the notes as Tika wrote it (reference character aside). */
    static boolean isNote(String paragraph, List<Anchored> all) {
        String text = printable(paragraph.replace('\uFFFD', ' '));
        return !text.isEmpty() && all.stream().anyMatch(a -> a.note().text().equals(text));
    }
}
