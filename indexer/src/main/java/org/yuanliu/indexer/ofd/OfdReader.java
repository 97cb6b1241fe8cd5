package org.yuanliu.indexer.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.core.text.text.Weight;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.pdf.PageGlyphs;
import org.yuanliu.indexer.pdf.PdfInfo;
import org.yuanliu.indexer.pdf.PdfLayout;

/**
 * OFD (GB/T 33190, the fixed-layout format of Chinese government documents) read with ofdrw: every character of
 * every text object becomes a positioned glyph (its text code's origin plus the advances before it, through the
 * object's transform, in points from the page's top left), so an OFD goes through the same layout and structure
 * chain as a PDF. Page templates (running heads and feet) are read with their page, as they are printed.
 */
public final class OfdReader {
    /** The IANA-style type recorded for OFD files (Tika sees a zip). */
    public static final String MEDIA_TYPE = "application/ofd";
    private static final double POINTS_PER_MM = 72 / 25.4;

    /** Whether a zip file is an OFD package: its root holds OFD.xml. */
    public static boolean isOfd(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("OFD.xml") || entry.getName().equals("/OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    public PdfLayout read(Path file, int maxPages) {
        try (InputStream in = Files.newInputStream(file); OFDReader reader = new OFDReader(in)) {
            int count = reader.getNumberOfPages();
            if (count == 0) {
                throw new RejectedFile(file, Reason.EMPTY, "the OFD has no pages");
            }
            if (count > maxPages) {
                throw new RejectedFile(file, Reason.TOO_LARGE, "the OFD has " + count + " pages; the limit is " + maxPages
                        + " (raise --max-pages to index it)");
            }
            Map<String, String> fonts = fonts(reader);
            List<PageGlyphs> pages = new ArrayList<>();
            List<PageInfo> pageList = reader.getPageList();
            for (int i = 0; i < pageList.size(); i++) {
                PageInfo page = pageList.get(i);
                ST_Box size = page.getSize();
                List<Glyph> glyphs = new ArrayList<>();
                for (CT_Layer layer : page.getAllLayer()) {
                    collect(layer, fonts, glyphs);
                }
                pages.add(new PageGlyphs(i + 1, (float) (size.getWidth() * POINTS_PER_MM),
                        (float) (size.getHeight() * POINTS_PER_MM), glyphs));
            }
            PdfLayout layout = new PdfLayout(pages, PdfInfo.empty(), false);
            if (layout.glyphCount() == 0) {
                throw new RejectedFile(file, Reason.NO_TEXT_LAYER, "the OFD holds no text (a scan?); it cannot be indexed");
            }
            return layout;
        } catch (RejectedFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RejectedFile(file, Reason.CORRUPT, "the OFD cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Font id → name, "-Bold" added for bold faces (the structure stage reads weight from the name, as for PDFs). */
    private static Map<String, String> fonts(OFDReader reader) {
        Map<String, String> names = new HashMap<>();
        try {
            for (CT_Font font : reader.getResMgt().getFonts()) {
                String name = Optional.ofNullable(font.getFontName()).orElse("");
                names.put(font.getID().toString(), Boolean.TRUE.equals(font.getBold()) ? name + "-Bold" : name);
            }
        } catch (RuntimeException noResources) {
            // fonts are only names here; text without them still reads
        }
        return names;
    }

    private static void collect(CT_PageBlock block, Map<String, String> fonts, List<Glyph> glyphs) {
        for (PageBlockType child : block.getPageBlocks()) {
            if (child instanceof TextObject text) {
                glyphs(text, fonts, glyphs);
            } else if (child instanceof CT_PageBlock nested) {
                collect(nested, fonts, glyphs);
            }
        }
    }

    private static void glyphs(TextObject text, Map<String, String> fonts, List<Glyph> out) {
        ST_Box boundary = text.getBoundary();
        Double size = text.getSize();
        if (boundary == null || size == null) {
            return;
        }
        double[] ctm = matrix(text.getCTM());
        double scale = Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        double fontSize = size * scale * POINTS_PER_MM;
        String font = text.getFont() == null ? "" : fonts.getOrDefault(text.getFont().toString(), "");
        if (text.getWeight() != null && text.getWeight().ordinal() >= Weight.W_600.ordinal() && !font.endsWith("-Bold")) {
            font = font + "-Bold";
        }
        double x = 0;
        double y = 0;
        for (TextCode code : text.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) {
                continue;
            }
            // a text code without X or Y continues where the previous one left off
            x = code.getX() == null ? x : code.getX();
            y = code.getY() == null ? y : code.getY();
            int[] chars = content.codePoints().toArray();
            List<Float> dx = DeltaTool.getDelta(code.getDeltaX(), chars.length);
            List<Float> dy = DeltaTool.getDelta(code.getDeltaY(), chars.length);
            for (int i = 0; i < chars.length; i++) {
                double advance = i < dx.size() ? dx.get(i) : (chars[i] < 0x2E80 ? size * 0.5 : size);
                double px = boundary.getTopLeftX() + ctm[0] * x + ctm[2] * y + ctm[4];
                double py = boundary.getTopLeftY() + ctm[1] * x + ctm[3] * y + ctm[5];
                String glyph = new String(Character.toChars(chars[i]));
                if (!glyph.isBlank()) {
                    out.add(new Glyph(glyph, (float) (px * POINTS_PER_MM), (float) (py * POINTS_PER_MM),
                            (float) (advance * scale * POINTS_PER_MM), (float) (0.7 * fontSize), (float) fontSize, font));
                }
                x += advance;
                if (i < dy.size()) {
                    y += dy.get(i);
                }
            }
        }
    }

    private static double[] matrix(ST_Array ctm) {
        if (ctm == null || ctm.getArray().size() != 6) {
            return new double[] {1, 0, 0, 1, 0, 0};
        }
        double[] m = new double[6];
        for (int i = 0; i < 6; i++) {
            m[i] = Double.parseDouble(ctm.getArray().get(i));
        }
        return m;
    }
}
