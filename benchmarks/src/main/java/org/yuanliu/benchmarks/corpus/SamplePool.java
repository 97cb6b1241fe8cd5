package org.yuanliu.benchmarks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yuanliu.indexer.document.DocumentJson;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The material the synthetic corpus is recombined from: titles, journals, headings, paragraphs, tables and notes
 * of the sample PDFs, read with the indexer itself (the same JSON as {@code bin/indexer extract}).
 */
public record SamplePool(List<String> titles, List<String> journals, List<String> abstracts, List<List<String>> keywords,
                         List<String> headings, List<String> paragraphs, List<Table> tables, List<String> footnotes,
                         List<String> references) {

    /** A table as the indexer read it: caption and rows of cells. */
    public record Table(String caption, List<List<String>> rows) {
    }

    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^(\\d+(\\.\\d+)*\\s*|[一二三四五六七八九十]+、\\s*|[（(][一二三四五六七八九十]+[）)]\\s*)");
    private static final Pattern REFERENCE_NUMBER = Pattern.compile("^\\[?\\d+\\]?\\s*");

    public static SamplePool read(Path samplesDirectory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(samplesDirectory)) {
            files = list.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no sample PDFs in " + samplesDirectory);
        }
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        List<String> titles = new ArrayList<>();
        List<String> journals = new ArrayList<>();
        List<String> abstracts = new ArrayList<>();
        List<List<String>> keywords = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Path file : files) {
            StructuredDocument document = reader.read(file, reader.identify(file));
            JsonNode json = DocumentJson.toJson(document);
            JsonNode meta = json.path("metadata");
            titles.add(meta.path("title").asText());
            if (meta.hasNonNull("journal")) {
                journals.add(meta.path("journal").asText());
            }
            if (meta.hasNonNull("abstract")) {
                abstracts.add(meta.path("abstract").asText());
            }
            List<String> words = new ArrayList<>();
            meta.path("keywords").forEach(k -> words.add(k.asText()));
            if (!words.isEmpty()) {
                keywords.add(words);
            }
            for (JsonNode heading : json.path("headings")) {
                String text = HEADING_NUMBER.matcher(clean(heading.path("text").asText())).replaceFirst("");
                if (text.length() >= 2 && !text.equals("参考文献")) {
                    headings.add(text);
                }
            }
            for (JsonNode passage : json.path("passages")) {
                String kind = passage.path("kind").asText();
                if (kind.equals("paragraph") && passage.path("text").asText().length() >= 20) {
                    paragraphs.add(clean(passage.path("text").asText()));
                } else if (kind.equals("table") && passage.has("table")) {
                    JsonNode table = passage.path("table");
                    List<List<String>> rows = new ArrayList<>();
                    table.path("rows").forEach(row -> {
                        List<String> cells = new ArrayList<>();
                        row.forEach(cell -> cells.add(clean(cell.asText())));
                        rows.add(cells);
                    });
                    if (rows.size() >= 2) {
                        String caption = clean(table.path("caption").asText()).replaceFirst("^表\\s*\\d+\\s*", "");
                        tables.add(new Table(caption, rows));
                    }
                }
            }
            for (JsonNode note : json.path("notes")) {
                String text = clean(note.path("text").asText());
                if (note.path("kind").asText().equals("reference")) {
                    references.add(REFERENCE_NUMBER.matcher(text).replaceFirst(""));
                } else if (!text.isEmpty()) {
                    footnotes.add(text);
                }
            }
        }
        journals.addAll(List.of("科学学研究", "中国软科学", "当代中国史研究", "科技管理研究"));
        if (footnotes.isEmpty()) {
            footnotes.addAll(references);
        }
        if (references.isEmpty()) {
            references.addAll(footnotes);
        }
        return new SamplePool(titles, journals, abstracts, keywords, headings, paragraphs, tables, footnotes, references);
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    public String summary() {
        return titles.size() + " samples: " + headings.size() + " headings, " + paragraphs.size() + " paragraphs, "
                + tables.size() + " tables, " + footnotes.size() + " footnotes, " + references.size() + " references";
    }
}
