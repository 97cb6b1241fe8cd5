package org.yuanliu.indexer.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader would put on a catalogue card for the document.
 *
 * @param ocr    the text was recognised from page images (a scan), not read from a text layer
 * @param fields catalogue fields the front matter prints (doi, clc, funding, received…), in printed order
 */
public record DocumentMetadata(String title, List<String> authors, Optional<String> journal,
                               Optional<Integer> publicationYear, Optional<String> abstractText,
                               List<String> keywords, String language, boolean ocr, Map<String, String> fields) {
    public DocumentMetadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
