package io.heed.ctr.data;

import java.io.IOException;
import java.nio.file.Path;

/** A training file that cannot be read as it claims to be; the message names the file, the line and the problem. */
public final class MalformedDataException extends IOException {
    private final long line;

    public MalformedDataException(Path file, long line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
