package org.yuanliu.indexer.document;

/**
 * The file a document came from.
 *
 * @param id          document id, derived from the content hash: the same bytes are one document, different bytes two
 * @param fileName    file name as given (for display and the PDF link)
 * @param contentHash SHA-256 of the bytes; unchanged files are skipped by it
 * @param mediaType   as detected by Tika from the bytes, not the name
 * @param size        bytes
 */
public record SourceFile(String id, String fileName, String contentHash, String mediaType, long size) {
}
