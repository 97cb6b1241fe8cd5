package org.yuanliu.indexer.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Generates the hostile and broken inputs the indexer must survive. */
final class BadFiles {
    private BadFiles() {
    }

    static Path truncated(Path sample, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        return Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    }

    static Path randomBytes(Path target) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        return Files.write(target, bytes);
    }

    /** A text PDF protected by a user password (cannot be opened) or only an owner password (can). */
    static Path encrypted(Path target, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            textPage(document, "Encrypted policy text");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    static Path manyPages(Path target, int pages) throws IOException {
        return textPages(target, java.util.stream.IntStream.range(0, pages).mapToObj(i -> "Page " + (i + 1)
                + " of a very long report on science and technology cooperation.").toList());
    }

    /** One page of Helvetica text for each of the texts. */
    static Path textPages(Path target, List<String> texts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : texts) {
                textPage(document, text);
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** Three pages of punctuation soup, as a Type3 font without a Unicode map gives. */
    static Path punctuationSoup(Path target) throws IOException {
        return textPages(target, java.util.Collections.nCopies(3, "#))>:/(%3=&*!+$#)(-".repeat(5)));
    }

    /** A sound page of text, then a page whose text is punctuation soup (a font without a Unicode map). */
    static Path withGarbledPage(Path target) throws IOException {
        return textPages(target, List.of("International science and technology cooperation policy since the reform era.",
                "#))>:/(%3=&*!+$#)(-#))>:/(%3=&*!+$#)(-#))>:/(%3=&*!+$#)(-#))>:/(%3=&*!+$#)(-"));
    }

    /** Two pages whose page tree lists itself among its kids: a loop a damaged or hostile file may hold. */
    static Path loopingPageTree(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            textPage(document, "Hello, the first page of the looping tree.");
            textPage(document, "All well on the second page.");
            org.apache.pdfbox.cos.COSDictionary root = document.getPages().getCOSObject();
            root.getCOSArray(org.apache.pdfbox.cos.COSName.KIDS).add(root);
            root.setInt(org.apache.pdfbox.cos.COSName.COUNT, 3);
            document.save(target.toFile());
        }
        return target;
    }

    /** One page of text and a large image: the image must not be decoded to read the text. */
    static Path hugeImage(Path target, int side) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = textPage(document, "A page with a very large picture on it.");
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.drawImage(xobject, 50, 50, 200, 200);
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** A "scan": the first page of a sample rendered to an image, with no text layer. */
    static Path scanned(Path sample, Path target) throws IOException {
        try (PDDocument source = Loader.loadPDF(sample.toFile()); PDDocument scan = new PDDocument()) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 200);
            PDPage page = new PDPage(source.getPage(0).getMediaBox());
            scan.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
            try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                PDRectangle box = page.getMediaBox();
                content.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
            }
            scan.save(target.toFile());
        }
        return target;
    }

    /** A .docx whose document.xml inflates to hundreds of megabytes from a few hundred kilobytes. */
    static Path zipBombDocx(Path target, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes());
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            OutputStream out = zip;
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
            zip.closeEntry();
        }
        return target;
    }

    private static PDPage textPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(text);
            content.endText();
        }
        return page;
    }
}
