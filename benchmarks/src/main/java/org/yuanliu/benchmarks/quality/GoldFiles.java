package org.yuanliu.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads gold: a typeset document's {@code NAME.gold.json} (written by evaluation/corpus.py), or a real PDF's own evidence. */
public final class GoldFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {
    }

    /** The gold JSON beside a typeset PDF: {@code evaluation/corpus/NAME.gold.json}. */
    public static Gold typeset(Path goldJson) throws IOException {
        JsonNode gold = JSON.readTree(Files.readString(goldJson));
        List<String> paragraphs = texts(gold.path("paragraphs"));
        List<String> sentences = new ArrayList<>();
        StringBuilder order = new StringBuilder();
        for (String p : paragraphs) {
            sentences.addAll(QualityText.sentences(p));
            order.append(QualityText.normalise(p));
        }
        List<String> headings = new ArrayList<>();
        gold.path("headings").forEach(h -> headings.add(QualityText.headingKey(h.path("text").asText())));
        List<Gold.Note> notes = new ArrayList<>();
        for (JsonNode n : gold.path("notes")) {
            String paragraph = paragraphs.get(n.path("paragraph").asInt());
            String anchor = n.path("anchor").asText();
            int offset = Math.min(n.path("offset").asInt(), paragraph.length());
            int anchorStart = paragraph.lastIndexOf(anchor, Math.max(0, offset - 1));
            int markAt = anchorStart < 0 ? QualityText.normalise(anchor).length()
                    : QualityText.normalise(paragraph.substring(anchorStart, Math.max(anchorStart, offset))).length();
            notes.add(new Gold.Note(QualityText.normalise(n.path("text").asText()), QualityText.normalise(anchor), markAt));
        }
        List<String> cells = new ArrayList<>();
        gold.path("tables").forEach(t -> t.path("rows").forEach(r -> r.forEach(c -> {
            String cell = QualityText.normalise(c.asText());
            if (!cell.isEmpty()) {
                cells.add(cell);
            }
        })));
        List<String> titles = texts(gold.path("source_titles")).stream().map(QualityText::normalise).toList();
        String family = gold.path("producer").asText() + "/" + gold.path("layout").asText();
        return new Gold(gold.path("file").asText(), family, gold.path("notes_style").asText(), sentences,
                Optional.of(order.toString()), Optional.of(headings), Optional.of(notes),
                Optional.of(cells), Optional.of(titles), false);
    }

    /**
     * A PDF nobody here made: its gold sentences are those of each page's text stream as PDFBox reads it in content
     * order (sorting off, like {@code pdftotext -raw}), and its headings are its outline's entries when it has one.
     * Note marks (circled, superscript, [n]) are taken out of the stream, as the extractor takes them out of passages.
     * The stream holds running heads, folios and notes too, and joins a heading to the sentence after it, so even a
     * perfect extractor stays somewhat below 1 here: compare families, and a document with itself over time.
     */
    public static Gold stream(Path pdf, String family) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> outline = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                sentences.addAll(QualityText.sentences(QualityText.withoutMarks(stripper.getText(document))));
            }
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                collect(document.getDocumentCatalog().getDocumentOutline(), outline);
            }
        }
        return new Gold(pdf.getFileName().toString(), family, outline.isEmpty() ? "text stream" : "text stream + outline",
                sentences, Optional.empty(), outline.isEmpty() ? Optional.empty() : Optional.of(outline),
                Optional.empty(), Optional.empty(), Optional.empty(), true);
    }

    private static void collect(PDOutlineNode node, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            String title = QualityText.headingKey(item.getTitle() == null ? "" : item.getTitle());
            if (!title.isEmpty()) {
                out.add(title);
            }
            collect(item, out);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
