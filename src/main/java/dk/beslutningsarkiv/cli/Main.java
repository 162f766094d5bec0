package dk.beslutningsarkiv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code beslutningsarkiv} command and its subcommands. */
@Command(name = "beslutningsarkiv", mixinStandardHelpOptions = true, version = "beslutningsarkiv 0.1",
        description = "Full-text archive of Danish health-governance agendas and minutes.",
        subcommands = {ImportCommand.class, ParseCommand.class, SearchCommand.class, ServeCommand.class,
                ReindexCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; errors go to stderr as one line, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
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
