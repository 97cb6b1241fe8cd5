package org.yuanliu.portal.admin;

import java.util.List;
import java.util.Map;

import org.yuanliu.portal.ops.IndexingReport;
import org.yuanliu.portal.ops.IndexingService;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Mono;

/**
 * The admin JSON API, for scripts: authenticated by the login cookie (log in through {@code POST /admin/login}),
 * state-changing calls need the {@code X-CSRF-Token} header from {@code GET /admin/api/session}. Without a login
 * every call answers 401.
 */
@Controller("/admin/api")
@Secured(AdminLogins.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminApiController {
    private final CsrfTokens csrf;
    private final IndexingService indexing;
    private final AdminDocuments documents;
    private final Uploads uploads;

    public AdminApiController(CsrfTokens csrf, IndexingService indexing, AdminDocuments documents, Uploads uploads) {
        this.csrf = csrf;
        this.indexing = indexing;
        this.documents = documents;
        this.uploads = uploads;
    }

    /** Who is logged in, the CSRF token for this login and the upload limits. */
    @Get(uri = "/session", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> session(HttpRequest<?> request, Authentication user) {
        return Map.of("user", user.getName(), "csrfToken", csrf.token(request), "maxFileSize", uploads.maxFileSize(),
                "maxFiles", uploads.maxFiles());
    }

    /**
     * Uploads one or many PDFs (multipart, part name {@code files}); answers 202 with the job to follow. Each upload is
     * a new document unless a part {@code replace} names the document the (single) file replaces.
     */
    @Post(uri = "/documents", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.IO)
    public Mono<HttpResponse<?>> upload(HttpRequest<?> request, @Body MultipartBody body) {
        return uploads.receive(request, body).<HttpResponse<?>>map(report -> HttpResponse.accepted().body(report))
                .onErrorResume(Uploads.ForbiddenUpload.class, e -> Mono.just(error(HttpStatus.FORBIDDEN, e.getMessage())))
                .onErrorResume(Uploads.EmptyUpload.class, e -> Mono.just(error(HttpStatus.BAD_REQUEST, e.getMessage())))
                .onErrorResume(Uploads.BadReplacement.class, e -> Mono.just(error(HttpStatus.BAD_REQUEST, e.getMessage())));
    }

    @Get(uri = "/documents", produces = MediaType.APPLICATION_JSON)
    public List<IndexedDocument> documents() {
        return documents.list();
    }

    @Delete(uri = "/documents/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id) {
        if (!csrf.valid(request, request.getHeaders().get(CsrfTokens.HEADER))) {
            return error(HttpStatus.FORBIDDEN, "missing or wrong X-CSRF-Token header (GET /admin/api/session)");
        }
        return HttpResponse.accepted().body(indexing.delete(id));
    }

    /**
     * Rebuilds everything the index holds; documents whose files cannot be read again are kept and listed, or
     * dropped with {@code ?dropUnreadable=true}.
     */
    @Post(uri = "/rebuild", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> rebuild(HttpRequest<?> request, @Nullable @QueryValue Boolean dropUnreadable) {
        if (!csrf.valid(request, request.getHeaders().get(CsrfTokens.HEADER))) {
            return error(HttpStatus.FORBIDDEN, "missing or wrong X-CSRF-Token header (GET /admin/api/session)");
        }
        return HttpResponse.accepted().body(indexing.rebuild(Boolean.TRUE.equals(dropUnreadable)));
    }

    /** Indexing reports, newest first: running jobs and those kept from earlier (also across restarts). */
    @Get(uri = "/jobs", produces = MediaType.APPLICATION_JSON)
    public List<IndexingReport> jobs() {
        return indexing.reports();
    }

    @Get(uri = "/jobs/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> job(@PathVariable String id) {
        return indexing.report(id).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "no indexing job " + id));
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<?> tooLarge() {
        return error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the upload is too large: each file may have at most "
                + uploads.maxFileSizeText() + " (YUANLIU_UPLOAD_MAX_FILE_SIZE); nothing was stored");
    }

    private static HttpResponse<?> error(HttpStatus status, String message) {
        return HttpResponse.status(status).body(Map.of("status", status.getCode(), "message", message));
    }
}
