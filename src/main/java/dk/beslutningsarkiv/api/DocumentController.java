package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.archive.ArchiveChanges;
import dk.beslutningsarkiv.archive.ImportResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/documents}: one file in a multipart part named {@code file}. The token is checked
 * before the body is read; Jetty spools the part to disk and it is copied to a temporary file beside
 * the archive, so no upload is ever whole in memory.
 */
final class DocumentController {

    static final String PART = "file";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);

    private final ArchiveChanges changes;
    private final BearerToken token;
    private final Path uploadDir;
    private final long maxBytes;

    DocumentController(ArchiveChanges changes, BearerToken token, Path uploadDir, long maxBytes) {
        this.changes = changes;
        this.token = token;
        this.uploadDir = uploadDir;
        this.maxBytes = maxBytes;
    }

    void upload(Context ctx) throws IOException {
        token.require(ctx);
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiException.badRequest("send the file as multipart/form-data in a part named \"" + PART + "\"");
        }
        UploadedFile file = part(ctx);
        Path tmp = Files.createTempFile(uploadDir, "upload-", ".part");
        try {
            try (InputStream in = file.content()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            answer(ctx, changes.importUpload(tmp, file.filename()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private UploadedFile part(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile(PART);
        } catch (Exception e) {
            // Jetty refuses a part over the multipart limits while reading it (a body sent without a length);
            // a body cut short comes as an IOException that Javalin throws without declaring it.
            if (String.valueOf(e.getMessage()).contains("exceeds")) {
                throw tooLarge();
            }
            LOG.info("unreadable multipart body: {}", e.toString());
            throw ApiException.badRequest("the multipart body cannot be read");
        }
        if (file == null) {
            throw ApiException.badRequest("no part named \"" + PART + "\" in the upload");
        }
        return file;
    }

    private static void answer(Context ctx, ImportResult result) {
        switch (result.status()) {
            case IMPORTED -> {
                ctx.header("Location", "/api/meetings/" + result.meetingId());
                ctx.status(HttpStatus.CREATED).json(UploadAnswer.of(result));
            }
            case UNCHANGED -> ctx.status(HttpStatus.OK).json(UploadAnswer.of(result));
            case FAILED -> throw failure(result);
        }
    }

    private static ApiException failure(ImportResult result) {
        HttpStatus status = statusOfFailure(result.reason());
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            // The disk, not the file, failed: the reason may name server paths, so it stays in the log.
            LOG.error("upload {} could not be stored: {}", result.fileName(), result.reason());
            return new ApiException(status, "the upload could not be stored; try again later");
        }
        return new ApiException(status, result.fileName() + ": " + result.reason());
    }

    /** 415 for a format the archive does not read, 413 past the extraction size limit, 500 when storing failed, 422 for any other unreadable file. */
    static HttpStatus statusOfFailure(String reason) {
        if (reason.startsWith("cannot be read or stored")) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (reason.startsWith("unsupported file type")) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        if (reason.startsWith("the file is ") && reason.contains("more than the limit")) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
    }
}
