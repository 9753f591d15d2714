package io.heed.bench.recsys;

import io.heed.bench.Scratch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * shared/tools/peer-bench (Spark MLlib ALS, RankSys HKV) built in a writable scratch copy and run as a child
 * process, one engine per JVM as its README prescribes. A failed build or run becomes a {@link PeerRun} that says
 * why; nothing is ever filled in from quoted figures.
 */
final class PeerBench {
    private static final Pattern RESULT =
            Pattern.compile("RESULT peer=\\S+ run=\\d+ train_s=([0-9.]+) .*" + "R@10=([0-9.]+) N@10=([0-9.]+)");
    private static final Pattern SUMMARY = Pattern.compile("SUMMARY .*median_train_s=([0-9.]+) min_train_s=([0-9.]+)"
            + " heap_peak_MiB=([0-9.]+) rss_peak_MiB=([0-9.]+)");

    private final Path home;
    private final PrintStream log;

    private PeerBench(Path home, PrintStream log) {
        this.home = home;
        this.log = log;
    }

    /** One peer's outcome: either measured figures or the reason it did not run. */
    record PeerRun(
            String peer,
            String notRunReason,
            double ndcg10,
            double recall10,
            double medianTrainS,
            double minTrainS,
            double heapPeakMiB,
            double rssPeakMiB,
            String note) {
        boolean ran() {
            return notRunReason == null;
        }

        PeerRun withNote(String n) {
            return new PeerRun(
                    peer, notRunReason, ndcg10, recall10, medianTrainS, minTrainS, heapPeakMiB, rssPeakMiB, n);
        }

        static PeerRun notRun(String peer, String reason) {
            return new PeerRun(peer, reason, 0, 0, 0, 0, 0, 0, null);
        }
    }

    /** What one peer is asked to fit (peer-bench's own flags). */
    record PeerSpec(String peer, int factors, int iterations, double reg, double alpha, int repeats) {}

    /**
     * Copies {@code source} into {@code scratch} and builds it with Maven (offline first, then online, so the
     * Spark and RankSys jars come from ~/.m2 or Maven Central).
     *
     * @throws IOException naming why the peer cannot run (missing folder, failed build)
     */
    static PeerBench build(Path source, Path scratch, PrintStream log) throws IOException {
        if (!Files.isRegularFile(source.resolve("pom.xml"))) {
            throw new IOException("peer-bench not found at " + source.toAbsolutePath());
        }
        Path home = scratch.resolve("peer-bench").toAbsolutePath();
        Scratch.deleteTree(home);
        copyTree(source, home);
        String last = "";
        for (List<String> cmd : List.of(
                List.of("mvn", "-B", "-q", "-ntp", "-o", "-DskipTests", "package"),
                List.of("mvn", "-B", "-q", "-ntp", "-DskipTests", "package"))) {
            log.println("  building peer-bench: " + String.join(" ", cmd));
            Outcome o;
            try {
                o = exec(home, cmd, 20, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building peer-bench", e);
            }
            if (o.code == 0 && Files.isRegularFile(home.resolve("target/classpath.txt"))) {
                return new PeerBench(home, log);
            }
            last = o.lastLine();
            log.println("  build failed: " + last);
        }
        throw new IOException("peer-bench build failed (mvn package in " + home + "): " + last);
    }

    /**
     * Runs one peer on a ratings file; the test-split figures of the last fit, the median train time of all. A failed
     * run is retried once (Spark's local executor has been seen to abort a task on a heavily loaded machine); the
     * status of a retried success says so.
     */
    PeerRun run(Path ratings, PeerSpec s) {
        PeerRun first = runOnce(ratings, s);
        if (first.ran()) {
            return first;
        }
        log.println("  " + s.peer() + " failed (" + first.notRunReason() + "); retrying once");
        PeerRun second = runOnce(ratings, s);
        return second.ran()
                ? second.withNote("measured in this run, on the second attempt (first: " + first.notRunReason() + ")")
                : second;
    }

    private PeerRun runOnce(Path ratings, PeerSpec s) {
        List<String> cmd = List.of(
                "bash",
                home.resolve("run.sh").toString(),
                "--data",
                ratings.toAbsolutePath().toString(),
                "--peer",
                s.peer(),
                "--factors",
                Integer.toString(s.factors()),
                "--iters",
                Integer.toString(s.iterations()),
                "--reg",
                Double.toString(s.reg()),
                "--alpha",
                Double.toString(s.alpha()),
                "--repeats",
                Integer.toString(s.repeats()),
                "--threads",
                "2");
        log.println("  running " + s.peer() + " (" + s + ")");
        try {
            Outcome o = exec(home, cmd, 60, log);
            if (o.code != 0) {
                return PeerRun.notRun(s.peer(), "exit " + o.code + ": " + o.lastLine());
            }
            return parse(s.peer(), o.output);
        } catch (IOException e) {
            return PeerRun.notRun(s.peer(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PeerRun.notRun(s.peer(), "interrupted");
        }
    }

    /** Reads peer-bench's RESULT and SUMMARY lines. */
    static PeerRun parse(String peer, String output) {
        double ndcg = Double.NaN;
        double recall = Double.NaN;
        Matcher summary = null;
        for (String line : output.split("\n")) {
            Matcher r = RESULT.matcher(line);
            if (r.find()) {
                recall = Double.parseDouble(r.group(2));
                ndcg = Double.parseDouble(r.group(3));
            }
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                summary = m;
            }
        }
        if (Double.isNaN(ndcg) || summary == null) {
            return PeerRun.notRun(peer, "no RESULT/SUMMARY line in peer-bench's output");
        }
        return new PeerRun(
                peer,
                null,
                ndcg,
                recall,
                Double.parseDouble(summary.group(1)),
                Double.parseDouble(summary.group(2)),
                Double.parseDouble(summary.group(3)),
                Double.parseDouble(summary.group(4)),
                "measured in this run");
    }

    private record Outcome(int code, String output) {
        String lastLine() {
            List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
        }
    }

    private static Outcome exec(Path dir, List<String> cmd, int timeoutMinutes, PrintStream echo)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("peer-bench", ".log");
        try {
            Process p = new ProcessBuilder(cmd)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Outcome(-1, "timed out after " + timeoutMinutes + " min");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (echo != null) {
                text.lines()
                        .filter(l -> l.startsWith("RESULT") || l.startsWith("SUMMARY") || l.startsWith("peer:"))
                        .forEach(l -> echo.println("    " + l));
            }
            return new Outcome(p.exitValue(), text);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.filter(p -> !from.relativize(p).toString().startsWith("target")).forEach(all::add);
        }
        for (Path p : all) {
            Path dst = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(dst);
            } else {
                Files.copy(p, dst);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PeerBench[%s]", home);
    }
}
