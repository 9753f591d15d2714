package io.heed.bench.decide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (the Debian package) against loopback with a Lua script that POSTs bodies chosen at random from a fixed
 * list, optionally with a per-connection delay between requests (to hold a reduced rate), and parses requests/s
 * and the latency percentiles of {@code --latency}.
 */
final class Wrk {
    private final Path script;

    /** Writes the Lua script for these bodies (and a delay in ms, 0 for none) into {@code dir}. */
    Wrk(Path dir, String name, List<String> bodies, double delayMillis) throws IOException {
        StringBuilder lua = new StringBuilder(
                "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = " + "\"application/json\"\nlocal bodies = {\n");
        for (String b : bodies) {
            lua.append("[[").append(b).append("]],\n");
        }
        lua.append("}\nmath.randomseed(7)\nrequest = function()\n  return wrk.format(nil, nil, nil, "
                + "bodies[math.random(#bodies)])\nend\n");
        if (delayMillis > 0) {
            lua.append(String.format(Locale.ROOT, "delay = function()\n  return %.3f\nend\n", delayMillis));
        }
        Files.createDirectories(dir);
        script = dir.resolve(name + ".lua");
        Files.writeString(script, lua.toString(), StandardCharsets.UTF_8);
    }

    private Wrk(Path script) {
        this.script = script;
    }

    /**
     * A script that GETs {@code paths} in order, each thread of {@code threads} taking every threads-th one from its
     * own start, so that no path is requested twice while there are paths left (then it starts over).
     */
    static Wrk paths(Path dir, String name, List<String> paths, int threads) throws IOException {
        return paths(dir, name, paths, threads, 0);
    }

    /** As above with a per-connection delay in ms between requests (0 for none), to hold a reduced rate. */
    static Wrk paths(Path dir, String name, List<String> paths, int threads, double delayMillis) throws IOException {
        Path file = dir.resolve(name + ".paths");
        Files.createDirectories(dir);
        Files.write(file, paths, StandardCharsets.UTF_8);
        String lua = "local paths = {}\nfor line in io.lines(\"" + file.toAbsolutePath() + "\") do paths[#paths + 1] = "
                + "line end\nlocal counter = 0\nsetup = function(thread)\n  thread:set(\"first\", counter)\n"
                + "  counter = counter + 1\nend\ninit = function(args)\n  i = first\nend\nrequest = function()\n"
                + "  local p = paths[(i % #paths) + 1]\n  i = i + " + threads
                + "\n  return wrk.format(\"GET\", p)\nend\n"
                + (delayMillis > 0
                        ? String.format(Locale.ROOT, "delay = function()\n  return %.3f\nend\n", delayMillis)
                        : "");
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        return new Wrk(script);
    }

    /**
     * Requests per second, latency p50/p99 in ms, non-2xx/socket errors, the requests completed and the CPU time
     * this JVM (the servers under test, their log writers, collector and compiler) used meanwhile, in seconds.
     */
    record Run(double rps, double p50Ms, double p99Ms, long errors, long requests, double serverCpuSeconds) {
        /** Server CPU per completed request, in microseconds: steadier than requests/s on a shared machine. */
        double serverCpuMicrosPerRequest() {
            return requests == 0 ? Double.NaN : serverCpuSeconds * 1e6 / requests;
        }
    }

    Run run(String url, int threads, int connections, int seconds) throws IOException, InterruptedException {
        long cpu0 = processCpuNanos();
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        return new Run(
                number(out, "Requests/sec:\\s+([0-9.]+)"),
                millis(out, "50%"),
                millis(out, "99%"),
                errors(out),
                (long) number(out, "(\\d+) requests in"),
                cpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("unexpected wrk output (no " + regex + "):\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(String out, String pct) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(pct) + "\\s+([0-9.]+)(us|ms|s)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("unexpected wrk output (no " + pct + " latency):\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static long errors(String out) {
        long n = 0;
        Matcher m = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (m.find()) {
            n += Long.parseLong(m.group(1));
        }
        Matcher s = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (s.find()) {
            for (int i = 1; i <= 4; i++) {
                n += Long.parseLong(s.group(i));
            }
        }
        return n;
    }
}
