package org.yuanliu.indexer.read;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tika.Tika;
import org.yuanliu.indexer.ofd.OfdReader;

/**
 * What a file is, from its bytes (Tika's detection; an OFD told apart from other zip files), and whether the reader
 * reads that type. The indexer and the portal's upload check ask the same question here.
 */
public final class FileTypes {
    /** What the reader reads, for messages. */
    public static final String FORMATS = "PDF, OFD, Word, OpenDocument, HTML or text";

    private final Tika tika = new Tika();

    public String detect(Path file) throws IOException {
        String mediaType = tika.detect(file);
        if (mediaType.equals("application/zip") && OfdReader.isOfd(file)) {
            return OfdReader.MEDIA_TYPE;
        }
        return mediaType;
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
