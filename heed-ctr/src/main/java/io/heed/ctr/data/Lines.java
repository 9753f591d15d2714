package io.heed.ctr.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Line-by-line reading with line numbers, for readers whose errors must name the line. */
public final class Lines {
    private Lines() {}

    @FunctionalInterface
    public interface LineHandler {
        void line(long number, String text) throws IOException;
    }

    public static void each(Path file, LineHandler h) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "training file not found");
        }
        try (BufferedReader br = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            long n = 0;
            while ((s = br.readLine()) != null) {
                n++;
                h.line(n, s);
            }
        }
    }

    public static double number(Path file, long line, String field, String text) throws MalformedDataException {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new MalformedDataException(file, line, field + " is not finite: '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new MalformedDataException(file, line, field + " is not a number: '" + text + "'");
        }
    }

    public static float binaryLabel(Path file, long line, String text, String one, String zero)
            throws MalformedDataException {
        String t = text.strip();
        if (t.equals(one)) {
            return 1f;
        }
        if (t.equals(zero)) {
            return 0f;
        }
        throw new MalformedDataException(file, line, "label must be " + one + " or " + zero + ", was '" + t + "'");
    }
}
