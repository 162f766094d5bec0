package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.generate.CorpusGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate --meetings N --out DIR [--seed S]}: synthetic minutes for benchmarks. */
@Command(name = "generate", description = "Write N synthetic meeting documents for benchmarks.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--meetings", required = true, paramLabel = "N") int meetings;
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "same seed, same corpus (default ${DEFAULT-VALUE})") long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (meetings < 1) {
            spec.commandLine().getErr().println("generate: --meetings must be 1 or more");
            return 2;
        }
        CorpusGenerator.Summary summary = new CorpusGenerator().generate(meetings, out, seed);
        spec.commandLine().getOut().println("generated " + summary.meetings() + " meetings, " + summary.items() + " items in " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
