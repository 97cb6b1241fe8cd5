package org.yuanliu.portal.admin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.engine.EngineUnavailableException;
import org.yuanliu.portal.ops.IndexingReport;
import org.yuanliu.portal.ops.IndexingService;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import reactor.core.publisher.Mono;

/**
 * The admin pages (server-rendered, no script): log in, upload PDFs, follow a job, delete a document, rebuild.
 * Every form carries a CSRF token; every page is {@code no-store}. Everything outside {@code /admin} stays public.
 */
@Controller("/admin")
@Secured(AdminLogins.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminController {
    private final AdminCredentials credentials;
    private final CsrfTokens csrf;
    private final IndexingService indexing;
    private final AdminDocuments documents;
    private final Uploads uploads;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final AdminLogins logins;
    private final LoginThrottle throttle;
    private final io.micronaut.http.server.util.HttpClientAddressResolver clientAddress;

    public AdminController(AdminCredentials credentials, CsrfTokens csrf, IndexingService indexing,
                           AdminDocuments documents, Uploads uploads,
                           LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                           LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
                           AdminLogins logins, LoginThrottle throttle,
                           io.micronaut.http.server.util.HttpClientAddressResolver clientAddress) {
        this.credentials = credentials;
        this.csrf = csrf;
        this.indexing = indexing;
        this.documents = documents;
        this.uploads = uploads;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.logins = logins;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    /** The form fields of the login form. */
    @io.micronaut.serde.annotation.Serdeable
    public record LoginForm(@Nullable String username, @Nullable String password, @Nullable String csrfToken) {
    }

    /** A form that carries only the CSRF token. */
    @io.micronaut.serde.annotation.Serdeable
    public record TokenForm(@Nullable String csrfToken) {
    }

    /** The rebuild form: the CSRF token, and whether to drop documents whose files cannot be read again. */
    @io.micronaut.serde.annotation.Serdeable
    public record RebuildForm(@Nullable String csrfToken, @Nullable String dropUnreadable) {
    }

    @Get(uri = "/login", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> loginPage(HttpRequest<?> request, @Nullable @QueryValue String error) {
        MutableHttpResponse<Object> response = HttpResponse.ok();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("csrfToken", csrf.loginToken(request, response));
        model.put("error", error == null ? null : switch (error) {
            case "expired" -> "The form had expired. Please log in again.";
            default -> "Wrong user name or password.";
        });
        return noStore(response.body(new ModelAndView<>("admin/login", model)));
    }

    /**
     * Logs in. After repeated failures the client address or user name is locked for a while: 429 with
     * {@code Retry-After}, the right password too (the login form, or JSON for a client that asks for JSON).
     */
    @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        if (!csrf.validLogin(request, form.csrfToken())) {
            return HttpResponse.seeOther(URI.create("/admin/login?error=expired"));
        }
        String address = clientAddress.resolve(request);
        java.util.Optional<java.time.Duration> locked = throttle.admit(address, form.username());
        if (locked.isPresent()) {
            long seconds = LoginThrottle.seconds(locked.get());
            String message = "Login refused: too many failed logins, try again in " + seconds + " s.";
            MutableHttpResponse<Object> refused = HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(io.micronaut.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            boolean json = request.accept().stream().anyMatch(type -> type.matches(MediaType.APPLICATION_JSON_TYPE))
                    && request.accept().stream().noneMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
            if (json) {
                return noStore(refused.contentType(MediaType.APPLICATION_JSON_TYPE).body(new org.yuanliu.portal.web.ErrorBody(
                        HttpStatus.TOO_MANY_REQUESTS.getCode(), HttpStatus.TOO_MANY_REQUESTS.getReason(), message)));
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("csrfToken", csrf.loginToken(request, refused));
            model.put("error", message);
            return noStore(refused.contentType(MediaType.TEXT_HTML_TYPE).body(new ModelAndView<>("admin/login", model)));
        }
        if (!credentials.verify(form.username(), form.password())) {
            throttle.failed(address, form.username());
            return HttpResponse.seeOther(URI.create("/admin/login?error=credentials"));
        }
        throttle.succeeded(address, form.username());
        return loginHandler.loginSuccess(Authentication.build(credentials.username(), java.util.List.of(AdminLogins.ROLE),
                logins.claims()), request);
    }

    /** Logs out: clears the cookie and revokes every earlier login of this admin, also across restarts. */
    @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> logout(HttpRequest<?> request, Authentication user, @Body TokenForm form) {
        if (!csrf.valid(request, form.csrfToken())) {
            return forbidden();
        }
        logins.logOut(user.getName());
        return logoutHandler.logout(request);
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> index(HttpRequest<?> request, Authentication user) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("user", user.getName());
        model.put("csrfToken", csrf.token(request));
        HttpStatus status = HttpStatus.OK;
        try {
            model.put("documents", documents.list());
            model.put("engineDown", false);
        } catch (EngineUnavailableException e) {
            // the page still serves the jobs and their reports; the list says why it is missing, not "0 documents"
            model.put("documents", List.of());
            model.put("engineDown", true);
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        model.put("reports", indexing.reports().stream().limit(20).toList());
        model.put("busy", indexing.busy());
        model.put("maxFileSize", uploads.maxFileSizeText());
        model.put("maxFiles", uploads.maxFiles());
        return noStore(HttpResponse.status(status).body(new ModelAndView<>("admin/index", model)));
    }

    @Post(uri = "/upload", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.IO)
    public Mono<HttpResponse<?>> upload(HttpRequest<?> request, @Body MultipartBody body) {
        return uploads.receive(request, body).<HttpResponse<?>>map(report -> toJob(report))
                .onErrorResume(Uploads.ForbiddenUpload.class, e -> Mono.just(forbidden()))
                .onErrorResume(Uploads.EmptyUpload.class, e -> Mono.just(message(request, HttpStatus.BAD_REQUEST,
                        e.getMessage())))
                .onErrorResume(Uploads.BadReplacement.class, e -> Mono.just(message(request, HttpStatus.BAD_REQUEST,
                        e.getMessage())));
    }

    @Get(uri = "/jobs/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> job(HttpRequest<?> request, @PathVariable String id) {
        return indexing.report(id).<HttpResponse<?>>map(report -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("report", report);
            model.put("csrfToken", csrf.token(request));
            return noStore(HttpResponse.ok(new ModelAndView<>("admin/job", model)));
        }).orElseGet(() -> message(request, HttpStatus.NOT_FOUND, "No indexing job " + id + "."));
    }

    @Post(uri = "/documents/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id, @Body TokenForm form) {
        if (!csrf.valid(request, form.csrfToken())) {
            return forbidden();
        }
        return toJob(indexing.delete(id));
    }

    @Post(uri = "/rebuild", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> rebuild(HttpRequest<?> request, @Body RebuildForm form) {
        if (!csrf.valid(request, form.csrfToken())) {
            return forbidden();
        }
        return toJob(indexing.rebuild(form.dropUnreadable() != null && !form.dropUnreadable().isBlank()));
    }

    @Error(exception = ContentLengthExceededException.class)
    @io.micronaut.http.annotation.Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return message(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The upload is too large: each file may have at most "
                + uploads.maxFileSizeText() + ". Nothing was stored; upload smaller files, or raise "
                + "YUANLIU_UPLOAD_MAX_FILE_SIZE.");
    }

    private static HttpResponse<?> toJob(IndexingReport report) {
        return HttpResponse.seeOther(URI.create("/admin/jobs/" + report.id()));
    }

    private HttpResponse<?> forbidden() {
        return message(null, HttpStatus.FORBIDDEN, new Uploads.ForbiddenUpload().getMessage());
    }

    private static HttpResponse<?> message(@Nullable HttpRequest<?> request, HttpStatus status, String message) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.getCode());
        model.put("message", message);
        return noStore(HttpResponse.status(status).body(new ModelAndView<>("admin/message", model)));
    }

    private static MutableHttpResponse<?> noStore(MutableHttpResponse<?> response) {
        return response.header("Cache-Control", "no-store");
    }
}
