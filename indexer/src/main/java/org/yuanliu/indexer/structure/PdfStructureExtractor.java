package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.document.DocumentMetadata;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.PageInfo;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.document.Table;
import org.yuanliu.indexer.footnote.EndnotePages;
import org.yuanliu.indexer.footnote.FootnoteZone;
import org.yuanliu.indexer.footnote.MarkerLinker;
import org.yuanliu.indexer.footnote.NoteAssembler;
import org.yuanliu.indexer.footnote.ReferencesHeading;
import org.yuanliu.indexer.layout.ColumnLayout;
import org.yuanliu.indexer.layout.ContentsPage;
import org.yuanliu.indexer.layout.LayoutChain;
import org.yuanliu.indexer.layout.LayoutDocument;
import org.yuanliu.indexer.layout.LayoutPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.LineAssembler;
import org.yuanliu.indexer.layout.VerticalText;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.PlacedLine;
import org.yuanliu.indexer.layout.RunningFurniture;
import org.yuanliu.indexer.layout.Typography;
import org.yuanliu.indexer.pdf.PdfLayout;
import org.yuanliu.indexer.table.TableRegions;
import org.yuanliu.indexer.text.Language;

/**
 * The structure chain for PDFs (and OCR'd scans), a pure function from glyph positions to a
 * {@link StructuredDocument}: lines → the layout half ({@link LayoutChain}: furniture, contents, endnotes,
 * footnote zones, tables, reading order) → front-matter fields → title → headings and paragraphs → notes →
 * markers linked to notes.
 */
public final class PdfStructureExtractor {
    /**
     * The layout half, in this order: running furniture first (a running head would pass for a heading, a note or
     * a contents entry); contents pages (their page numbers would pass for note marks); endnote pages, before
     * footnote zones would take their foot for one; footnote zones before tables (a table set small just above
     * the notes stays a table); tables before reading order (a table's cell columns are not text columns);
     * reading order last, region by region, over what is left. OCR'd scans enter here like any PDF.
     */
    private final LayoutChain layout = new LayoutChain(List.of(new RunningFurniture(), new ContentsPage(),
            new EndnotePages(), new FootnoteZone(), new TableRegions(), new ColumnLayout()));
    private final VerticalText verticalText = new VerticalText();
    private final LineAssembler lineAssembler = new LineAssembler();
    private final TitleBlock titleBlock = new TitleBlock();
    private final NoteAssembler noteAssembler = new NoteAssembler();
    private final MarkerLinker markerLinker = new MarkerLinker();

    public StructuredDocument extract(SourceFile file, PdfLayout pdf) {
        List<PageLines> pages = pdf.pages().stream().map(verticalText::upright).map(lineAssembler::assemble).toList();
        LayoutDocument laidOut = layout.apply(LayoutDocument.of(pages));
        Typography typography = laidOut.typography();

        Map<Integer, List<Line>> noteZones = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        List<PlacedLine> ordered = new ArrayList<>();
        List<Line> endnoteLines = new ArrayList<>();
        for (LayoutPage page : laidOut.pages()) {
            if (page.role() == LayoutPage.Role.ENDNOTES) {
                endnoteLines.addAll(page.notes());
            } else if (page.role() == LayoutPage.Role.TEXT) {
                if (!page.notes().isEmpty()) {
                    noteZones.put(page.number(), page.notes());
                }
                tables.addAll(page.tables());
                ordered.addAll(page.ordered());
            }
        }

        FrontMatterFields.Result frontMatter = frontMatter(ordered, noteZones);
        List<PlacedLine> firstPage = ordered.stream().filter(p -> p.page() == 1 && !frontMatter.consumed().contains(p)).toList();
        TitleBlock.Result title = titleBlock.read(firstPage, typography);
        Set<PlacedLine> consumed = new java.util.HashSet<>(title.consumed());
        consumed.addAll(frontMatter.consumed());
        List<FlowLine> flow = flow(ordered, consumed, typography);

        List<Note> notes = new ArrayList<>(noteAssembler.footnotes(noteZones));
        notes.addAll(noteAssembler.references(flow.stream().filter(f -> f.role() == FlowLine.Role.REFERENCE)
                .map(f -> f.placed().line()).toList()));
        notes.addAll(noteAssembler.references(endnoteLines));
        Map<Integer, Set<String>> markersByPage = notes.stream().filter(n -> n.kind() == Note.Kind.FOOTNOTE)
                .collect(Collectors.groupingBy(Note::page, Collectors.flatMapping(n -> n.markers().stream(), Collectors.toSet())));

        ParagraphAssembler paragraphs = new ParagraphAssembler(markersByPage, lineSpacing(flow));
        ParagraphAssembler.Result assembled = paragraphs.assemble(flow, tables);
        List<Passage> passages = markerLinker.link(assembled.passages(), notes).stream()
                .map(PdfStructureExtractor::withKeywordSeparators).toList();

        List<PageInfo> pageInfos = new ArrayList<>();
        for (PageLines page : pages) {
            pageInfos.add(new PageInfo(page.number(), Optional.ofNullable(laidOut.printedPageNumbers().get(page.number()))));
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(title.fields());
        fields.putAll(frontMatter.fields());
        DocumentMetadata metadata = metadata(file, pdf, title, laidOut.runningTexts(), passages, fields);
        return new StructuredDocument(file, metadata, pageInfos, assembled.headings(), passages, notes);
    }

    /**
     * Front-matter fields from the text flow and from the note zones of the first pages (收稿日期, 基金项目 and
     * 作者简介 are often set small at the foot of page 1, beside a real footnote); lines read as fields leave the zones.
     */
    private static FrontMatterFields.Result frontMatter(List<PlacedLine> ordered, Map<Integer, List<Line>> noteZones) {
        FrontMatterFields.Result inFlow = FrontMatterFields.standard().read(ordered);
        List<PlacedLine> zoneLines = new ArrayList<>();
        noteZones.forEach((page, lines) -> {
            if (page <= FrontMatterFields.PAGES) {
                float left = (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
                float right = (float) lines.stream().mapToDouble(Line::x1).max().orElse(0);
                lines.forEach(l -> zoneLines.add(new PlacedLine(l, 0, left, right)));
            }
        });
        FrontMatterFields.Result inZones = FrontMatterFields.standard().read(zoneLines);
        if (inZones.fields().isEmpty()) {
            return inFlow;
        }
        Set<Line> taken = inZones.consumed().stream().map(PlacedLine::line).collect(Collectors.toSet());
        noteZones.replaceAll((page, lines) -> lines.stream().filter(l -> !taken.contains(l)).toList());
        noteZones.values().removeIf(List::isEmpty);
        Map<String, String> fields = new LinkedHashMap<>(inFlow.fields());
        inZones.fields().forEach((k, v) -> fields.merge(k, v, (a, b) -> a + "；" + b));
        Set<PlacedLine> consumed = new java.util.HashSet<>(inFlow.consumed());
        consumed.addAll(inZones.consumed());
        return new FrontMatterFields.Result(fields, consumed);
    }

    /**
     * Headings are only read on pages with running text: a cover page sets all its lines large or bold and none
     * of them is a heading unless numbered.
     */
    private static List<FlowLine> flow(List<PlacedLine> ordered, Set<PlacedLine> consumed, Typography typography) {
        HeadingStyle headings = new HeadingStyle(typography);
        Set<Integer> runningText = pagesWithRunningText(ordered, typography);
        List<FlowLine> flow = new ArrayList<>();
        boolean inReferences = false;
        for (PlacedLine placed : ordered) {
            if (consumed.contains(placed)) {
                continue;
            }
            Line line = placed.line();
            if (ReferencesHeading.matches(line.text())) {
                inReferences = true;
                flow.add(new FlowLine(placed, FlowLine.Role.REFERENCES_HEADING));
            } else if (inReferences && (typography.isSmallerThanBody(line) || NoteMarkers.leading(line.text()).isPresent())) {
                flow.add(new FlowLine(placed, FlowLine.Role.REFERENCE));
            } else if (headings.isHeading(line) && !Labels.isBare(line.text())
                    && (runningText.contains(placed.page()) || HeadingStyle.numberedLevel(line.text()).isPresent())) {
                inReferences = false;
                flow.add(new FlowLine(placed, FlowLine.Role.HEADING));
            } else {
                flow.add(new FlowLine(placed, FlowLine.Role.TEXT));
            }
        }
        return flow;
    }

    /** Pages with at least three lines in the body's size and face: running text, not a cover or a form. */
    private static Set<Integer> pagesWithRunningText(List<PlacedLine> ordered, Typography typography) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PlacedLine p : ordered) {
            Line line = p.line();
            boolean distinctFace = !line.font().equals(typography.bodyFont()) && line.isBold();
            if (!typography.isSmallerThanBody(line) && !typography.isLargerThanBody(line) && !distinctFace) {
                counts.merge(p.page(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The most common baseline distance between consecutive text lines of one column. */
    private static float lineSpacing(List<FlowLine> flow) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < flow.size(); i++) {
            PlacedLine a = flow.get(i - 1).placed();
            PlacedLine b = flow.get(i).placed();
            if (a.page() == b.page() && a.column() == b.column()) {
                int d = Math.round(b.line().baseline() - a.line().baseline());
                if (d > 0) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(14f);
    }

    private static DocumentMetadata metadata(SourceFile file, PdfLayout pdf, TitleBlock.Result title,
                                             List<String> runningTexts, List<Passage> passages, Map<String, String> fields) {
        String documentTitle = title.title().or(() -> pdf.info().title()).orElse(file.fileName());
        List<String> authors = !title.authors().isEmpty() ? title.authors()
                : pdf.info().author().map(a -> List.of(a.split("\\s*[,，;；、]\\s*"))).orElse(List.of());
        Optional<String> abstractText = passages.stream().filter(p -> p.kind() == PassageKind.ABSTRACT).findFirst()
                .map(p -> Labels.withoutLabel(p.text()));
        List<String> keywords = passages.stream().filter(p -> p.kind() == PassageKind.KEYWORDS).findFirst()
                .map(p -> Labels.keywords(p.rawText())).orElse(List.of());
        Optional<Integer> year = TitleBlock.year(runningTexts).or(() -> pdf.info().creationYear());
        return new DocumentMetadata(documentTitle, authors, TitleBlock.journal(runningTexts), year, abstractText, keywords,
                Language.of(passages), pdf.recognised(), fields);
    }

    /** Keywords printed apart by wide spaces would run together once layout spaces are dropped. */
    private static Passage withKeywordSeparators(Passage p) {
        if (p.kind() != PassageKind.KEYWORDS) {
            return p;
        }
        String label = p.text().substring(0, p.text().length() - Labels.withoutLabel(p.text()).length()).strip();
        String text = (label.endsWith("：") || label.endsWith(":") ? label : label + "：")
                + String.join("；", Labels.keywords(p.rawText()));
        return new Passage(p.ordinal(), p.kind(), text, p.rawText(), p.pageStart(), p.pageEnd(), p.section(), p.markers(),
                p.table());
    }
}
