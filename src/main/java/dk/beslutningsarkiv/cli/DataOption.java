package dk.beslutningsarkiv.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:ARKIV_DATA:-index}",
            description = "data folder with the index and the stored originals (default: ${DEFAULT-VALUE})")
    Path dataDir;
}
