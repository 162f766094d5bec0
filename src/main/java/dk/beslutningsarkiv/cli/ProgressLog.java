package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportResult;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long batch's progress in the log, one line each time another tenth of its files is done: a
 * rebuild at start runs for minutes at a million items before the service searches, and its log
 * should show it is getting on.
 */
final class ProgressLog implements ImportListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final String what;
    private final Consumer<String> log;
    private int tenthsLogged;

    ProgressLog(String what, Consumer<String> log) {
        this.what = what;
        this.log = log;
    }

    /** Progress of {@code what} (e.g. "rebuilding the index") logged at INFO. */
    static ImportListener toLog(String what) {
        return new ProgressLog(what, LOG::info);
    }

    @Override
    public void fileDone(int done, int total, ImportResult result) {
        int tenths = (int) (10L * done / total);
        if (tenths > tenthsLogged) {
            tenthsLogged = tenths;
            log.accept(what + ": " + done + " of " + total + " files (" + tenths * 10 + "%)");
        }
    }
}
