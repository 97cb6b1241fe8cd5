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
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.StructuredDocument;

/** The text formats a policy library receives besides PDF: plain text in the national encodings, OpenDocument. */
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

        StructuredDocument document = read(odt);

        assertThat(document.passages()).extracting(Passage::text).contains("坚持以全球视野谋划和推动科技创新，全方位加强国际科技合作。");
    }
}
