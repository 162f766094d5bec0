package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ArchiveBackup;
import dk.beslutningsarkiv.archive.BackupManifest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /api/backup} (with the token): a consistent backup of the running archive into
 * {@code <data>/backups/<time>/}. The client names no path, so no request can write elsewhere;
 * {@code backup --to DIR} asks for one this way and moves it where it was told.
 */
final class BackupController {

    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Archive archive;
    private final BearerToken token;
    /** One backup at a time: a second would copy the same files again for nothing. */
    private final ReentrantLock running = new ReentrantLock();

    BackupController(Archive archive, BearerToken token) {
        this.archive = archive;
        this.token = token;
    }

    void backup(Context ctx) throws IOException {
        token.require(ctx);
        if (!running.tryLock()) {
            throw new ApiException(HttpStatus.CONFLICT, "a backup is running; try again when it is done");
        }
        try {
            String name = LocalDateTime.now().format(STAMP);
            Path target = Files.createDirectories(archive.dataDir().resolve(FOLDER)).resolve(name);
            BackupManifest manifest = ArchiveBackup.write(archive.index(), archive.store(), target);
            ctx.status(HttpStatus.CREATED).json(new BackupAnswer(FOLDER + "/" + name, manifest.meetings(),
                    manifest.originals().size(), manifest.createdAt().toString()));
        } finally {
            running.unlock();
        }
    }

    /** The backup's folder relative to the data folder (never a server path), and what it holds. */
    record BackupAnswer(String backup, long meetings, int originals, String createdAt) {
    }
}
