package dk.beslutningsarkiv.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code beslutningsarkiv} command and its subcommands. */
@Command(name = "beslutningsarkiv", mixinStandardHelpOptions = true, version = "beslutningsarkiv 0.1",
        description = "Full-text archive of Danish health-governance agendas and minutes.",
        subcommands = {ImportCommand.class, ParseCommand.class, SearchCommand.class, ServeCommand.class,
                ReindexCommand.class, GenerateCommand.class, BackupCommand.class, RestoreCommand.class})
public final class Main {

    public static void main(String[] args) {
        // Lucene and Jetty log through java.util.logging; send it to the same place as the rest.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs a command line and returns its exit code; errors go to {@code err} as one line, never a stack trace. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(e));
            return 2;
        });
        return cli.execute(args);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
