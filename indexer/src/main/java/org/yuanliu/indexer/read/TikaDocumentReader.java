package org.yuanliu.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.SAXException;
import org.yuanliu.indexer.document.DocumentMetadata;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.PageInfo;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.text.Language;
import org.yuanliu.indexer.text.TextBuilder;

/**
 * Word, OpenDocument, HTML and plain-text files through Tika's parsers: blocks become paragraphs and h1–h6
 * headings; footnotes and endnotes become notes linked to their marks (see {@link InlineNotes}), the same records
 * the PDF chain makes, so that their sources and quotations are found alike. These formats have no pages, so every
 * passage is on page 1.
 */
final class TikaDocumentReader {
    private static final long MAX_CHARS = 20_000_000;
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    private static final String BINARY_WORD = "application/msword";
    private final AutoDetectParser parser = new AutoDetectParser();

    /**
     * Plain text arrives as one block: its paragraphs are the runs of lines between blank lines, and a short
     * numbered line standing alone (一、总体要求, 第二章 …) is a heading, as it would be typeset.
     */
    static List<BlockCollector.Block> plainTextBlocks(List<BlockCollector.Block> blocks, String mediaType) {
        if (!mediaType.startsWith("text/plain")) {
            return blocks;
        }
        List<BlockCollector.Block> out = new ArrayList<>();
        for (BlockCollector.Block block : blocks) {
            for (String paragraph : block.text().split("\\n\\s*\\n")) {
                String p = paragraph.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String first = p.lines().findFirst().orElse("").strip();
                java.util.Optional<Integer> level = org.yuanliu.indexer.structure.HeadingStyle.numberedLevel(first);
                if (level.isPresent() && first.length() <= 40 && !first.matches(".*[。；;！？!?，,：:]$")) {
                    out.add(new BlockCollector.Block(first, level.get()));
                    p = p.substring(p.indexOf(first) + first.length()).strip();
                }
                if (!p.isEmpty()) {
                    out.add(new BlockCollector.Block(p, 0));
                }
            }
        }
        return out;
    }

    StructuredDocument read(Path file, SourceFile source) {
        Metadata metadata = new Metadata();
        // Detection by name and type as identified: GBK or Big5 bytes alone look like binary to the detector.
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, source.mediaType());
        BlockCollector blocks = new BlockCollector(MAX_CHARS);
        boolean html = source.mediaType().startsWith("text/html") || source.mediaType().startsWith("application/xhtml");
        if (html) {
            metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=UTF-8");
        }
        try (InputStream in = html ? mainContent(file) : Files.newInputStream(file)) {
            parser.parse(in, blocks, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedFile(file, Reason.ENCRYPTED, "the document is password-protected; remove the password first");
        } catch (IOException | SAXException | TikaException e) {
            throw new RejectedFile(file, Reason.CORRUPT, "the document cannot be read (" + e.getMessage() + ")");
        }
        List<Passage> passages = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Deque<Heading> section = new ArrayDeque<>();
        boolean word = source.mediaType().startsWith(WORD);
        boolean binaryWord = source.mediaType().startsWith(BINARY_WORD);
        List<BinaryWordNotes.Anchored> binaryNotes = binaryWord ? BinaryWordNotes.read(file) : List.of();
        List<BinaryWordNotes.Anchored> pending = new ArrayList<>(binaryNotes);
        for (BlockCollector.Block block : plainTextBlocks(blocks.blocks(), source.mediaType())) {
            if (binaryWord && BinaryWordNotes.isNote(block.text(), binaryNotes)) {
                continue; // the note's own paragraph: it joins the notes through its mark
            }
            InlineNotes.Marked marked = word ? InlineNotes.word(block.text())
                    : binaryWord ? BinaryWordNotes.mark(block.text(), pending)
                    : new InlineNotes.Marked(block.text(), block.notes());
            List<MarkerRef> markers = new ArrayList<>();
            String text = linkMarks(normalise(marked.text()), marked.notes(), markers, notes);
            if (text.isEmpty()) {
                continue;
            }
            if (block.headingLevel() > 0) {
                Heading heading = new Heading(block.headingLevel(), text, 1);
                headings.add(heading);
                while (!section.isEmpty() && section.peekLast().level() >= heading.level()) {
                    section.removeLast();
                }
                section.addLast(heading);
            } else {
                passages.add(new Passage(passages.size(), PassageKind.PARAGRAPH, text, block.text(), 1, 1,
                        List.copyOf(section), markers, Optional.empty()));
            }
        }
        if (passages.isEmpty()) {
            throw new RejectedFile(file, Reason.EMPTY, "the document contains no text"
                    + (source.mediaType().startsWith("text/") ? " (or its encoding was not recognised: save it as UTF-8)" : ""));
        }
        String title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).filter(t -> !t.isBlank())
                .or(() -> headings.stream().findFirst().map(Heading::text)).orElse(source.fileName());
        List<String> authors = Optional.ofNullable(metadata.get(TikaCoreProperties.CREATOR)).map(List::of).orElse(List.of());
        DocumentMetadata meta = new DocumentMetadata(title, authors, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Language.of(passages), false, java.util.Map.of());
        return new StructuredDocument(source, meta, List.of(new PageInfo(1, Optional.empty())), headings, passages, notes);
    }

    /** A web page's main content, not its menus and link lists (see {@link MainContent}). */
    private static InputStream mainContent(Path file) throws IOException {
        return new java.io.ByteArrayInputStream(MainContent.of(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String normalise(String text) {
        return new TextBuilder().append(text.replaceAll("\\s*\\n\\s*", " "), false).toString();
    }

    /**
     * The text without its marks; each mark becomes a marker at its offset, linked to its note, which joins the
     * document's notes. A mark without a note (a reference Tika gave no text for) is dropped.
     */
    private static String linkMarks(String text, List<InlineNotes.Note> blockNotes, List<MarkerRef> markers,
                                    List<Note> notes) {
        if (text.indexOf(InlineNotes.MARK) < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != InlineNotes.MARK) {
                clean.append(c);
            } else if (next < blockNotes.size()) {
                InlineNotes.Note note = blockNotes.get(next++);
                markers.add(new MarkerRef(note.symbol(), 1, clean.length(), List.of(note.key())));
                notes.add(new Note(note.key(), Note.Kind.FOOTNOTE, 1, List.of(note.symbol()), normalise(note.text())));
            }
        }
        return clean.toString().stripTrailing(); // (no leading space: the text was normalised)
    }
}
