package io.heed.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Swaps System.out and System.err for buffers while a command runs; {@link #close} puts them back. */
final class CapturedConsole implements AutoCloseable {
    private final PrintStream oldOut = System.out;
    private final PrintStream oldErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CapturedConsole() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs {@code heed args}, checks the exit code, and returns what it printed (stdout, then stderr). */
    String run(int expectedCode, String... args) {
        reset();
        int code = HeedCli.run(args);
        String printed = out() + err();
        if (code != expectedCode) {
            throw new AssertionError("heed " + String.join(" ", args) + " exited " + code + ", expected " + expectedCode
                    + ":\n" + printed);
        }
        return printed;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void reset() {
        out.reset();
        err.reset();
    }

    @Override
    public void close() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }
}
