package io.heed.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a peer program (scikit-learn under /usr/bin/python3, Debian's xgboost, ...) as a child process and returns
 * its output. A failure names the peer, how to install it, and the peer's last line of output.
 */
public final class PeerProcess {
    public static final String PYTHON = "/usr/bin/python3";

    private PeerProcess() {}

    public static String run(String peer, String install, String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    peer + " could not start (install it with: " + install + "): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(peer + " failed (install it with: " + install + "): " + reason(out));
        }
        return out;
    }

    /** The peer's error line when it printed one, else its last non-blank line. */
    private static String reason(String out) {
        var lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.stream()
                .filter(l -> l.contains("failed") || l.contains("Error:") || l.contains("Traceback"))
                .findFirst()
                .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
    }
}
