package org.yuanliu.indexer.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

/**
 * An OFD typeset as a government notice is (GB/T 9704: 黑体 title, 仿宋 body of 三号 type, two-character first-line
 * indents, a folio at the foot of every page) reads through the PDF chain: title, heading, paragraphs joined
 * across lines, folio gone.
 */
class OfdReaderTest {
    private static final String NS = "http://www.ofdspec.org/2016";
    private static final double BODY = 5.6; // mm: 三号, 16 pt
    private static final double LEFT = 28;
    private static final double WIDTH = 156;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);

    @Test
    void aGovernmentNoticeInOfdReadsAsItIsTypeset() throws IOException {
        String first = "为全方位加强国际科技合作，坚持以全球视野谋划和推动科技创新，深度参与全球科技治理，现提出如下意见。";
        String second = "深化政府间科技合作，支持科研人员参与国际大科学计划和大科学工程，提升我国科技创新的开放合作水平。";
        List<String> page1 = new ArrayList<>();
        double y = 40;
        page1.add(text(3, 7.8, centred("关于加强国际科技合作的若干意见", 7.8), y, "关于加强国际科技合作的若干意见"));
        y += 20;
        y = paragraph(page1, first, y);
        page1.add(text(3, BODY, LEFT + 2 * BODY, y, "一、总体要求"));
        y += BODY * 1.6;
        paragraph(page1, second, y);
        Path ofd = write(dir.resolve("通知.ofd"), List.of(page1, List.of(
                text(3, BODY, LEFT + 2 * BODY, 40, "二、保障措施"),
                text(2, BODY, LEFT + 2 * BODY, 40 + BODY * 1.6, "各地区各部门要结合实际认真贯彻落实。"))));

        var source = reader.identify(ofd);
        assertThat(source.mediaType()).isEqualTo(OfdReader.MEDIA_TYPE);
        StructuredDocument document = reader.read(ofd, source);

        assertThat(document.metadata().title()).isEqualTo("关于加强国际科技合作的若干意见");
        assertThat(document.headings()).extracting(Heading::text).contains("一、总体要求", "二、保障措施");
        assertThat(document.passages()).extracting(Passage::text).contains(first, second, "各地区各部门要结合实际认真贯彻落实。");
        assertThat(document.passages()).extracting(Passage::text).noneMatch(t -> t.contains("— 1 —") || t.equals("— 2 —"));
        Passage last = document.passages().get(document.passages().size() - 1);
        assertThat(last.pageStart()).isEqualTo(2);
    }

    @Test
    void aZipThatIsNoOfdIsNamedAsUnsupported() throws IOException {
        Path zip = dir.resolve("archive.ofd");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not an OFD".getBytes(StandardCharsets.UTF_8));
        }
        try {
            reader.read(zip, reader.identify(zip));
            throw new AssertionError("a plain zip was read");
        } catch (RejectedFile e) {
            assertThat(e.getMessage()).contains("not a PDF, OFD").contains("application/zip");
        }
    }

    /** Lines of a paragraph: a two-character indent, then full lines of the text width. */
    private static double paragraph(List<String> objects, String text, double y) {
        int perLine = (int) (WIDTH / BODY);
        int start = 0;
        boolean firstLine = true;
        while (start < text.length()) {
            int room = firstLine ? perLine - 2 : perLine;
            int end = Math.min(text.length(), start + room);
            objects.add(text(2, BODY, LEFT + (firstLine ? 2 * BODY : 0), y, text.substring(start, end)));
            y += BODY * 1.6;
            start = end;
            firstLine = false;
        }
        return y + BODY * 0.2;
    }

    private static double centred(String text, double size) {
        return LEFT + (WIDTH - text.length() * size) / 2;
    }

    /** One text object: a line set in font {@code font}, {@code size} mm, from x at baseline y (mm from the top). */
    private static String text(int font, double size, double x, double y, String content) {
        String deltas = content.length() > 1 ? " DeltaX=\"g " + (content.length() - 1) + " " + num(size) + "\"" : "";
        return "<ofd:TextObject ID=\"%d\" Boundary=\"%s %s %s %s\" Font=\"%d\" Size=\"%s\"><ofd:TextCode X=\"0\" Y=\"%s\"%s>%s</ofd:TextCode></ofd:TextObject>"
                .formatted(100 + (int) (y * 10) + (int) x, num(x), num(y - size), num(content.length() * size + 1),
                        num(size * 1.3), font, num(size), num(size), deltas, content);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static Path write(Path file, List<List<String>> pages) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "OFD.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:OFD xmlns:ofd="%s" Version="1.1" DocType="OFD"><ofd:DocBody>
                    <ofd:DocInfo><ofd:DocID>0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C</ofd:DocID></ofd:DocInfo>
                    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
                    """.formatted(NS));
            StringBuilder pageList = new StringBuilder();
            for (int i = 0; i < pages.size(); i++) {
                pageList.append("<ofd:Page ID=\"").append(10 + i).append("\" BaseLoc=\"Pages/Page_").append(i)
                        .append("/Content.xml\"/>");
            }
            entry(zip, "Doc_0/Document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Document xmlns:ofd="%s"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>
                    <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
                    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>
                    <ofd:Pages>%s</ofd:Pages></ofd:Document>
                    """.formatted(NS, pageList));
            entry(zip, "Doc_0/PublicRes.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Res xmlns:ofd="%s" BaseLoc="Res"><ofd:Fonts>
                    <ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋"/>
                    <ofd:Font ID="3" FontName="方正小标宋简体" FamilyName="方正小标宋简体" Bold="true"/>
                    </ofd:Fonts></ofd:Res>
                    """.formatted(NS));
            for (int i = 0; i < pages.size(); i++) {
                String folio = text(2, 4.9, 95, 280, "— " + (i + 1) + " —");
                entry(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ofd:Page xmlns:ofd="%s"><ofd:Content><ofd:Layer ID="%d">%s%s</ofd:Layer></ofd:Content></ofd:Page>
                        """.formatted(NS, 50 + i, String.join("", pages.get(i)), folio));
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.strip().getBytes(StandardCharsets.UTF_8));
    }
}
