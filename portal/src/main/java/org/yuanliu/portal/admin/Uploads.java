package org.yuanliu.portal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reactivestreams.Publisher;
import org.yuanliu.indexer.read.FileTypes;
import org.yuanliu.portal.ops.FileReport;
import org.yuanliu.portal.ops.IndexingReport;
import org.yuanliu.portal.ops.IndexingService;

import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Receives an upload of one or many PDFs: each file is streamed to a hidden staging file in the uploads directory
 * and checked (name, {@code %PDF-} signature, count); after the CSRF token is checked the accepted files are moved
 * into place and handed to the indexing thread. Refused files are reported in the same job with their reason.
 */
@Singleton
public class Uploads {
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The form field naming the document an upload replaces; without it an upload is always a new document. */
    public static final String REPLACE_FIELD = "replace";

    private final FileTypes types = new FileTypes();
    private final IndexingService indexing;
    private final CsrfTokens csrf;
    private final AdminSettings settings;
    private final long maxFileSize;

    public Uploads(IndexingService indexing, CsrfTokens csrf, AdminSettings settings,
                   @Value("${micronaut.server.multipart.max-file-size:1MB}") @ReadableBytes long maxFileSize) {
        this.indexing = indexing;
        this.csrf = csrf;
        this.settings = settings;
        this.maxFileSize = maxFileSize;
    }

    /** The CSRF token was missing or wrong: nothing was stored or indexed. */
    public static final class ForbiddenUpload extends RuntimeException {
        ForbiddenUpload() {
            super("The form has expired or did not come from this site (missing or wrong CSRF token). "
                    + "Reload the admin page and upload again.");
        }
    }

    /** "Replace" named no document id, or came with more than one file. */
    public static final class BadReplacement extends RuntimeException {
        BadReplacement() {
            super("To replace a document, upload exactly one file with the replace button of that document.");
        }
    }

    /** The upload carried no file. */
    public static final class EmptyUpload extends RuntimeException {
        EmptyUpload() {
            super("No file was uploaded: choose one or more PDF files.");
        }
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public int maxFiles() {
        return settings.maxFiles();
    }

    /** A human form of the size limit, e.g. "100 MB". */
    public String maxFileSizeText() {
        return maxFileSize % (1024 * 1024) == 0 ? maxFileSize / (1024 * 1024) + " MB" : maxFileSize / 1024 + " KB";
    }

    private record Staged(String name, Path file, FileReport refusal) {
    }

    private static final class Received {
        final List<Staged> files = new ArrayList<>();
        String token;
        String replaces;
    }

    /**
     * Reads the parts, checks the CSRF token (from the {@code csrfToken} part or the {@code X-CSRF-Token} header)
     * and queues the indexing job.
     */
    public Mono<IndexingReport> receive(HttpRequest<?> request, Publisher<CompletedPart> parts) {
        Received received = new Received();
        received.token = request.getHeaders().get(CsrfTokens.HEADER);
        return Flux.from(parts)
                .concatMap(part -> Mono.fromCallable(() -> {
                    stage(part, received);
                    return part;
                }).subscribeOn(Schedulers.boundedElastic()))
                .then(Mono.fromCallable(() -> finish(request, received)).subscribeOn(Schedulers.boundedElastic()))
                .doOnError(e -> discard(received));
    }

    private void stage(CompletedPart part, Received received) throws IOException {
        if (!(part instanceof CompletedFileUpload upload)) {
            if (CsrfTokens.FIELD.equals(part.getName())) {
                received.token = new String(part.getBytes(), StandardCharsets.UTF_8);
            } else if (REPLACE_FIELD.equals(part.getName())) {
                String value = new String(part.getBytes(), StandardCharsets.UTF_8).strip();
                received.replaces = value.isEmpty() ? null : value;
            }
            return;
        }
        String original = upload.getFilename() == null ? "" : upload.getFilename();
        if (original.isBlank() && upload.getSize() == 0) {
            return; // an empty file input
        }
        String name = safeName(original);
        if (received.files.size() >= settings.maxFiles()) {
            received.files.add(new Staged(name, null, refuse(name, "too_many_files", "at most " + settings.maxFiles()
                    + " files can be uploaded at once; upload this one again in another batch")));
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!FileTypes.hasDocumentName(name)) {
            received.files.add(new Staged(name, null, refuse(name, "not_supported", "only " + FileTypes.FORMATS
                    + " files can be uploaded (" + FileTypes.extensionList() + "); convert this one to PDF first")));
            return;
        }
        if (upload.getSize() == 0) {
            received.files.add(new Staged(name, null, refuse(name, "empty", "the file is empty (0 bytes)")));
            return;
        }
        Path uploads = indexing.uploads();
        Files.createDirectories(uploads);
        Path staged = uploads.resolve(".upload-" + UUID.randomUUID() + ".part");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
        }
        received.files.add(new Staged(name, staged, contentRefusal(name, lower, staged)));
    }

    private IndexingReport finish(HttpRequest<?> request, Received received) throws IOException {
        if (!csrf.valid(request, received.token)) {
            discard(received);
            throw new ForbiddenUpload();
        }
        if (received.files.isEmpty()) {
            throw new EmptyUpload();
        }
        if (received.replaces != null && (received.files.size() != 1 || !received.replaces.matches("[0-9a-f]{1,64}"))) {
            discard(received);
            throw new BadReplacement();
        }
        List<FileReport> refused = new ArrayList<>();
        List<Path> accepted = new ArrayList<>();
        for (Staged staged : received.files) {
            if (staged.refusal() != null) {
                refused.add(staged.refusal());
                if (staged.file() != null) {
                    Files.deleteIfExists(staged.file());
                }
            } else {
                // each upload in a folder of its own: a file of the same name never overwrites another
                Path folder = indexing.uploads().resolve(UUID.randomUUID().toString());
                Files.createDirectories(folder);
                Path target = folder.resolve(staged.name());
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
                accepted.add(target);
            }
        }
        return indexing.upload(refused, accepted, received.replaces);
    }

    private static void discard(Received received) {
        for (Staged staged : received.files) {
            try {
                if (staged.file() != null) {
                    Files.deleteIfExists(staged.file());
                }
            } catch (IOException ignored) {
                // a staging file left behind is hidden from indexing and replaced by name next time
            }
        }
    }

    /** Why the content is not what the name says, or null: the type detected from the bytes, as the indexer does. */
    private FileReport contentRefusal(String name, String lower, Path staged) throws IOException {
        if (lower.endsWith(".pdf")) {
            return startsWithPdfSignature(staged) ? null
                    : refuse(name, "not_a_pdf", "the file is not a PDF (its content does not begin with %PDF-)");
        }
        String type = types.detect(staged);
        return FileTypes.readable(type) ? null : refuse(name, "not_supported", "the file's content is " + type
                + ", not a " + FileTypes.FORMATS + " file; convert it to PDF first");
    }

    private static FileReport refuse(String name, String reason, String message) {
        return new FileReport(name, "failed", reason, message, 0, null);
    }

    private static boolean startsWithPdfSignature(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        // the signature may follow a little junk, as PDF readers allow
        outer:
        for (int i = 0; i + PDF_SIGNATURE.length <= n; i++) {
            for (int j = 0; j < PDF_SIGNATURE.length; j++) {
                if (head[i + j] != PDF_SIGNATURE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The last path segment, NFC, with characters that are unsafe in file names replaced; never empty or hidden. */
    static String safeName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(
                Character.isLetterOrDigit(c) || " ._-()（）《》、，·".indexOf(c) >= 0 ? c : '_'));
        String result = safe.toString().replaceAll("^[.\\s]+", "");
        if (result.length() > 150) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, 150 - extension.length()) + extension;
        }
        return result.isEmpty() ? "upload" : result;
    }
}
