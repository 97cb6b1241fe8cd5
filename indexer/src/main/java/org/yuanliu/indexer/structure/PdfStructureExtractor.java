package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.yuanliu.indexer.footnote.TabbedMarks;
import org.yuanliu.indexer.layout.ColumnLayout;
import org.yuanliu.indexer.layout.ContentsPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.LineAssembler;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.PlacedLine;
import org.yuanliu.indexer.layout.RunningFurniture;
import org.yuanliu.indexer.layout.Typography;
import org.yuanliu.indexer.pdf.PdfLayout;
import org.yuanliu.indexer.table.TableRegions;
import org.yuanliu.indexer.text.Language;

/**
 * The structure chain for PDFs, a pure function from glyph positions to a {@link StructuredDocument}:
 * lines → running furniture removed → footnote zones and tables taken out → columns put in reading order →
 * title → headings and paragraphs → notes → markers linked to notes.
 */
public final class PdfStructureExtractor {
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "^(参考文献|参考资料|引用文献|注释|References|REFERENCES|Bibliography|Notes)[:：]?$");

    private final LineAssembler lineAssembler = new LineAssembler();
    private final RunningFurniture furniture = new RunningFurniture();
    private final FootnoteZone footnoteZone = new FootnoteZone();
    private final TableRegions tableRegions = new TableRegions();
    private final ColumnLayout columnLayout = new ColumnLayout();
    private final TitleBlock titleBlock = new TitleBlock();
    private final NoteAssembler noteAssembler = new NoteAssembler();
    private final EndnotePages endnotePages = new EndnotePages();
    private final ContentsPage contentsPage = new ContentsPage();
    private final MarkerLinker markerLinker = new MarkerLinker();

    public StructuredDocument extract(SourceFile file, PdfLayout layout) {
        List<PageLines> pages = layout.pages().stream().map(lineAssembler::assemble).toList();
        Typography typography = Typography.of(pages);
        RunningFurniture.Result stripped = furniture.strip(pages);

        Map<Integer, List<Line>> noteZones = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        List<PlacedLine> ordered = new ArrayList<>();
        List<Line> endnoteLines = new ArrayList<>();
        int endnotesFrom = endnotePages.start(stripped.pages(), typography).orElse(Integer.MAX_VALUE);
        boolean afterReferences = false;
        for (PageLines page : stripped.pages()) {
            if (page.number() >= endnotesFrom) {
                endnoteLines.addAll(TabbedMarks.join(page.lines()));
                continue;
            }
            if (contentsPage.isContents(page)) {
                continue;
            }
            boolean referencesStartHere = page.lines().stream().anyMatch(l -> isReferencesHeading(l.text()));
            PageLines body = page;
            if (!afterReferences && !referencesStartHere) {
                FootnoteZone.Split split = footnoteZone.split(page, typography);
                if (!split.noteLines().isEmpty()) {
                    noteZones.put(page.number(), split.noteLines());
                }
                body = split.body();
            }
            afterReferences |= referencesStartHere;
            TableRegions.Split withoutTables = tableRegions.extract(body, typography);
            tables.addAll(withoutTables.tables());
            ordered.addAll(columnLayout.order(withoutTables.remaining()));
        }

        FrontMatterFields.Result frontMatter = FrontMatterFields.standard().read(ordered);
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
            pageInfos.add(new PageInfo(page.number(), Optional.ofNullable(stripped.printedPageNumbers().get(page.number()))));
        }
        DocumentMetadata metadata = metadata(file, layout, title, stripped.runningTexts(), passages, frontMatter.fields());
        return new StructuredDocument(file, metadata, pageInfos, assembled.headings(), passages, notes);
    }

    private static boolean isReferencesHeading(String text) {
        return REFERENCES_HEADING.matcher(text.replaceAll("\\s+", "")).matches();
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
            if (isReferencesHeading(line.text())) {
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

    private static DocumentMetadata metadata(SourceFile file, PdfLayout layout, TitleBlock.Result title,
                                             List<String> runningTexts, List<Passage> passages, Map<String, String> fields) {
        String documentTitle = title.title().or(() -> layout.info().title()).orElse(file.fileName());
        List<String> authors = !title.authors().isEmpty() ? title.authors()
                : layout.info().author().map(a -> List.of(a.split("\\s*[,，;；、]\\s*"))).orElse(List.of());
        Optional<String> abstractText = passages.stream().filter(p -> p.kind() == PassageKind.ABSTRACT).findFirst()
                .map(p -> Labels.withoutLabel(p.text()));
        List<String> keywords = passages.stream().filter(p -> p.kind() == PassageKind.KEYWORDS).findFirst()
                .map(p -> Labels.keywords(p.rawText())).orElse(List.of());
        Optional<Integer> year = TitleBlock.year(runningTexts).or(() -> layout.info().creationYear());
        return new DocumentMetadata(documentTitle, authors, TitleBlock.journal(runningTexts), year, abstractText, keywords,
                Language.of(passages), layout.recognised(), fields);
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
