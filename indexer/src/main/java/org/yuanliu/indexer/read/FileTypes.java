package org.yuanliu.indexer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.yuanliu.indexer.ofd.OfdReader;

/**
 * What a file is, from its bytes (Tika's detection; an OFD told apart from other zip files), and whether the reader
 * reads that type. The indexer and the portal's upload check ask the same question here.
 */
public final class FileTypes {
    /** What the reader reads, for messages. */
    public static final String FORMATS = "PDF, OFD, Word, OpenDocument, HTML or text";
    /** The endings of the files taken as documents: a directory's files to index, a portal upload's name. */
    public static final List<String> EXTENSIONS = List.of("pdf", "ofd", "docx", "doc", "html", "htm", "txt", "odt", "rtf");

    private final Tika tika = new Tika();

    public String detect(Path file) throws IOException {
        String mediaType = tika.detect(file);
        if (mediaType.equals("application/zip") && OfdReader.isOfd(file)) {
            return OfdReader.MEDIA_TYPE;
        }
        return mediaType;
    }

    /** Whether a file's name ends as a document's does (a name of only an ending, ".pdf", is a hidden file). */
    public static boolean hasDocumentName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The endings as a reader is told them: ".pdf .ofd …". */
    public static String extensionList() {
        return EXTENSIONS.stream().map(e -> "." + e).collect(Collectors.joining(" "));
    }

    /** Whether a file of this type is read: by layout (PDF, OFD) or through Tika (word processors, web pages, text). */
    public static boolean readable(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals(OfdReader.MEDIA_TYPE) || readByTika(mediaType);
    }

    static boolean readByTika(String type) {
        return type.startsWith("text/") || type.contains("officedocument") || type.contains("msword")
                || type.contains("html") || type.contains("opendocument") || type.contains("rtf");
    }
}
