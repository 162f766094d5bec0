package dk.beslutningsarkiv.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times one piece of the import (parsing, analysis or indexing, {@code JarComparisonWork}) in two or more
 * builds of the archive in one JVM: each jar gets its own class loader, and the builds take turns
 * round by round, so the machine's drift (more than 20% from hour to hour here) hits them alike.
 * Prints each jar's best and mean round after three warm-up rounds.
 *
 * <p>{@code JarComparison parse|analysis|index CORPUS FILES ROUNDS JAR...}, run by {@code bench/compare-jars.sh}.
 */
public final class JarComparison {

    private static final int WARM_UP_ROUNDS = 3;
    /** By name: this class's own loader cannot load the work, which needs an archive jar. */
    private static final String WORK = "dk.beslutningsarkiv.bench.JarComparisonWork";

    private JarComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !List.of("parse", "analysis", "index").contains(args[0])) {
            System.err.println("usage: JarComparison parse|analysis|index CORPUS FILES ROUNDS JAR...");
            System.exit(2);
        }
        String work = args[0];
        int files = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String[] jars = Arrays.copyOfRange(args, 4, args.length);
        // The work's own class comes from where this one was loaded; the archive's classes from each jar.
        URL workClasses = JarComparison.class.getProtectionDomain().getCodeSource().getLocation();
        Method[] round = new Method[jars.length];
        Object[] state = new Object[jars.length];
        for (int j = 0; j < jars.length; j++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jars[j]).toUri().toURL(), workClasses},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(WORK);
            state[j] = type.getMethod("prepare", String.class, String.class, int.class)
                    .invoke(null, work, args[1], files);
            round[j] = type.getMethod("round", Object.class);
        }
        long[] best = new long[jars.length];
        long[] sum = new long[jars.length];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
            for (int j = 0; j < jars.length; j++) {
                long nanos = (long) round[j].invoke(null, state[j]);
                if (r >= WARM_UP_ROUNDS) {
                    best[j] = Math.min(best[j], nanos);
                    sum[j] += nanos;
                }
            }
        }
        for (int j = 0; j < jars.length; j++) {
            System.out.printf("%s %s: best %.1f ms, mean %.1f ms over %d rounds%n", work, jars[j], best[j] / 1e6,
                    sum[j] / 1e6 / rounds, rounds);
        }
    }
}
