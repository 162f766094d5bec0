package dk.beslutningsarkiv.archive;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the files to import under the given paths, recursively and in a stable order. Paths that
 * cannot be walked (missing, unreadable, a symbolic-link loop) come back as failures, not exceptions.
 */
final class FileCollector {

    /** Files found and the paths that could not be read, each with its reason. */
    record Found(List<Path> files, List<ImportResult> failures) {
    }

    private FileCollector() {
    }

    static Found collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ImportResult> failures = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                failures.add(ImportResult.failed(path.toString(), "no such file or folder"));
                continue;
            }
            try {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(found, failures));
                found.sort(null);
                files.addAll(found);
            } catch (IOException e) {
                failures.add(ImportResult.failed(path.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        return new Found(files, failures);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final List<Path> files;
        private final List<ImportResult> failures;

        Visitor(List<Path> files, List<ImportResult> failures) {
            this.files = files;
            this.failures = failures;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return isHidden(dir) && dir.getNameCount() > 1 ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                    : e instanceof NoSuchFileException ? "broken symbolic link or missing file"
                    : "cannot be read: " + e.getMessage();
            failures.add(ImportResult.failed(file.toString(), reason));
            return FileVisitResult.CONTINUE;
        }

        /** Dot-files are system files (.DS_Store, .git), not documents. */
        private static boolean isHidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
