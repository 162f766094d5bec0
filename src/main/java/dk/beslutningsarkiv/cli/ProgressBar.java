package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportResult;
import java.io.PrintStream;

/** A one-line progress bar on a terminal, redrawn in place; silent when output is not a terminal. */
final class ProgressBar implements ImportListener {

    private static final int WIDTH = 30;
    private final PrintStream out;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    static ImportListener forTerminal(PrintStream out) {
        return System.console() != null ? new ProgressBar(out) : ImportListener.NONE;
    }

    @Override
    public void fileDone(int done, int total, ImportResult result) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = result.fileName().length() > 40 ? "…" + result.fileName().substring(result.fileName().length() - 39) : result.fileName();
        out.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
        if (done == total) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        out.flush();
    }
}
