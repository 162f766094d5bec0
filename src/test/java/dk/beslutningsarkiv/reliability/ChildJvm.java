package dk.beslutningsarkiv.reliability;

import dk.beslutningsarkiv.cli.Main;
import dk.beslutningsarkiv.testsupport.ChildServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The archive's command line in a JVM of its own, on the test classpath, so a test can kill it for real. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code Main args} with 1 GB of heap; stdout and stderr go to {@code log}. */
    static Process start(Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ARKIV_WORDLIST", "none");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Runs a command to its end and returns its exit code; the output is in {@code log}. */
    static int run(Path log, Duration limit, Map<String, String> env, String... args) throws Exception {
        Process process = start(log, env, args);
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the command did not end within " + limit + ": " + Files.readString(log));
        }
        return process.exitValue();
    }

    /** Waits until a child {@code serve} answers its health check, at most 90 s. */
    static void awaitHealth(int port) throws Exception {
        ChildServers.awaitHealth(port, Duration.ofSeconds(90));
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no commit, no cleanup. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
