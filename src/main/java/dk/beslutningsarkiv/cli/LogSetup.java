package dk.beslutningsarkiv.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * Logging set up in code rather than from a logback.xml: parsing the XML configuration was a tenth
 * of the service's start-up. Logs go to stderr, since stdout belongs to command output such as
 * {@code parse} JSON; {@code ARKIV_LOG_LEVEL} sets the level (default INFO).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} %X{requestId:-} - %msg%n";
    /** Tika, PDFBox and POI are chatty about fonts and external tools they do not need here. */
    private static final List<String> CHATTY = List.of("org.apache.tika", "org.apache.pdfbox", "org.apache.fontbox",
            "org.apache.poi");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("ARKIV_LOG_LEVEL"), Level.INFO));
        root.addAppender(stderr);
        CHATTY.forEach(name -> context.getLogger(name).setLevel(Level.ERROR));
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
