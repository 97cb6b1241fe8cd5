package org.yuanliu.indexer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.pipeline.EnrichmentChain;

/**
 * The text formats a policy library receives besides PDF: plain text in the national encodings, OpenDocument and
 * Word with their footnotes and endnotes.
 */
class TextFormatsTest {
    private static final String NOTICE = """
            关于加强国际科技合作的若干意见

            一、总体要求
            坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。

            二、重点任务
            深化政府间科技合作，支持科研人员参与国际大科学计划。
            """;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);

    private StructuredDocument read(Path file) {
        return reader.read(file, reader.identify(file));
    }

    @Test
    void plainTextInGb18030Big5AndUtf8ReadsTheSame() throws IOException {
        for (String charset : new String[] {"GB18030", "UTF-8"}) {
            Path file = Files.write(dir.resolve("通知-" + charset + ".txt"), NOTICE.getBytes(Charset.forName(charset)));

            StructuredDocument document = read(file);

            assertThat(document.passages()).extracting(Passage::text).as(charset).containsExactly("关于加强国际科技合作的若干意见",
                    "坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。", "深化政府间科技合作，支持科研人员参与国际大科学计划。");
            assertThat(document.headings()).extracting(Heading::text).as(charset).containsExactly("一、总体要求", "二、重点任务");
            assertThat(document.passages().get(2).heading()).map(Heading::text).contains("二、重点任务");
        }
        String traditional = "關於加強國際科技合作的若干意見\n\n堅持以全球視野謀劃和推動科技創新，全方位加強國際科技合作。\n";
        Path big5 = Files.write(dir.resolve("通知-big5.txt"), traditional.getBytes(Charset.forName("Big5")));
        assertThat(read(big5).passages()).extracting(Passage::text).contains("堅持以全球視野謀劃和推動科技創新，全方位加強國際科技合作。");
    }

    @Test
    void anOpenDocumentTextIsRead() throws IOException {
        Path odt = dir.resolve("意见.odt");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="1">一、总体要求</text:h>
                    <text:p>坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。</text:p>
                  </office:text></office:body>
                </office:document-content>
                """;
        writeOdt(odt, content);

        StructuredDocument document = read(odt);

        assertThat(document.passages()).extracting(Passage::text).contains("坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。");
    }

    @Test
    void wordFootnotesAndEndnotesAreNotesLinkedToTheirMarksAndCiteTheirSources() throws IOException {
        Path docx = dir.resolve("意见.docx");
        try (XWPFDocument word = new XWPFDocument()) {
            XWPFParagraph first = word.createParagraph();
            first.createRun().setText("坚持独立自主的方针");
            XWPFFootnote footnote = word.createFootnote();
            footnote.createParagraph().createRun().setText("《邓小平文选》第2卷，北京：人民出版社，1994年，第91页。");
            first.addFootnoteReference(footnote);
            first.createRun().setText("，同时积极开展国际科技合作。");
            XWPFParagraph second = word.createParagraph();
            second.createRun().setText("深化政府间科技合作");
            XWPFEndnote endnote = word.createEndnote();
            endnote.createParagraph().createRun().setText("国务院：《国家中长期科学和技术发展规划纲要》，2006年。");
            second.addFootnoteReference(endnote);
            second.createRun().setText("。");
            try (var out = Files.newOutputStream(docx)) {
                word.write(out);
            }
        }

        StructuredDocument document = read(docx);

        assertMarkedAndCited(document);
    }

    @Test
    void openDocumentNotesAreNotesLinkedToTheirMarks() throws IOException {
        Path odt = dir.resolve("意见-notes.odt");
        writeOdt(odt, """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:p>坚持独立自主的方针<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>《邓小平文选》第2卷，北京：人民出版社，1994年，第91页。</text:p></text:note-body></text:note>，同时积极开展国际科技合作。</text:p>
                    <text:p>深化政府间科技合作<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>国务院：《国家中长期科学和技术发展规划纲要》，2006年。</text:p></text:note-body></text:note>。</text:p>
                  </office:text></office:body>
                </office:document-content>
                """);

        StructuredDocument document = read(odt);

        assertMarkedAndCited(document);
        assertThat(document.passages().get(1).markers()).extracting(MarkerRef::symbol).containsExactly("i");
    }

    @Test
    void aGovernmentWebPageGivesItsArticleNotItsMenusAndLinkLists() throws IOException {
        String menu = "<ul>" + "<li><a href=\"/a\">首页</a></li><li><a href=\"/b\">政务公开</a></li>"
                + "<li><a href=\"/c\">政策文件</a></li><li><a href=\"/d\">互动交流</a></li>".repeat(3) + "</ul>";
        String related = "<div class=\"related\"><h3>相关文件</h3>"
                + "<p><a href=\"/x\">关于印发《国家科技合作专项管理办法》的通知，科技部，2020年</a></p>".repeat(6) + "</div>";
        String page = """
                <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
                <title>关于加强国际科技合作的若干意见_政策文件_中国政府网</title></head><body>
                <div class="top">%s<form><input name="q"><button>搜索</button></form></div>
                <div class="main"><div class="left">%s</div>
                <div class="right"><div class="title-bar"><h1>关于加强国际科技合作的若干意见</h1></div>
                <div id="UCAP-CONTENT">
                <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
                <p>为全方位加强国际科技合作，坚持以全球视野谋划和推动科技创新，现提出如下意见。</p>
                <p>一、深化政府间科技合作，支持科研人员参与国际大科学计划和大科学工程，提升合作水平。</p>
                <p>二、完善国际科技合作的法律法规和政策体系，营造开放、公平、公正的合作环境。</p>
                </div></div></div>
                <div class="footer"><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | 主办单位：国务院办公厅 版权所有</p></div>
                </body></html>
                """.formatted(menu, related);
        Path html = Files.write(dir.resolve("意见.html"), page.getBytes(Charset.forName("GBK")));

        StructuredDocument document = read(html);

        assertThat(document.passages()).extracting(Passage::text).containsExactly("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "为全方位加强国际科技合作，坚持以全球视野谋划和推动科技创新，现提出如下意见。",
                "一、深化政府间科技合作，支持科研人员参与国际大科学计划和大科学工程，提升合作水平。",
                "二、完善国际科技合作的法律法规和政策体系，营造开放、公平、公正的合作环境。");
        assertThat(document.headings()).extracting(Heading::text).containsExactly("关于加强国际科技合作的若干意见");
    }

    /**
     * notes.doc (Word 97-2003) is made from notes.fodt beside it:
     * {@code soffice --headless --convert-to doc notes.fodt} (a footnote and an endnote, as the .docx and .odt here).
     */
    @Test
    void binaryWordNotesAreNotesLinkedToTheirMarksNotParagraphs() throws IOException {
        Path doc = dir.resolve("意见.doc");
        try (var in = TextFormatsTest.class.getResourceAsStream("notes.doc")) {
            Files.copy(in, doc);
        }

        StructuredDocument document = read(doc);

        assertMarkedAndCited(document);
        assertThat(document.passages()).noneMatch(p -> p.text().contains("\uFFFD"));
    }

    private static void assertMarkedAndCited(StructuredDocument document) {
        assertThat(document.passages()).extracting(Passage::text).containsExactly(
                "坚持独立自主的方针，同时积极开展国际科技合作。", "深化政府间科技合作。");
        Passage first = document.passages().get(0);
        assertThat(first.markers()).hasSize(1);
        MarkerRef mark = first.markers().get(0);
        assertThat(first.text().substring(0, mark.offset())).isEqualTo("坚持独立自主的方针");
        Note note = document.notes().stream().filter(n -> n.id().equals(mark.noteIds().get(0))).findFirst().orElseThrow();
        assertThat(note.text()).isEqualTo("《邓小平文选》第2卷，北京：人民出版社，1994年，第91页。");
        Passage second = document.passages().get(1);
        assertThat(second.markers()).singleElement().satisfies(m -> assertThat(m.offset()).isEqualTo("深化政府间科技合作".length()));
        assertThat(document.notes()).hasSize(2);
        assertThat(document.notes().get(1).text()).isEqualTo("国务院：《国家中长期科学和技术发展规划纲要》，2006年。");

        var enriched = EnrichmentChain.standard().apply(document);
        assertThat(enriched.citations()).anySatisfy(c -> {
            assertThat(c.work().get("title")).isEqualTo("邓小平文选");
            assertThat(c.passageIds()).containsExactly(first.ordinal());
        });
    }

    private static void writeOdt(Path odt, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
