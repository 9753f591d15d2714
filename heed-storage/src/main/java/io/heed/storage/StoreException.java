package io.heed.storage;

/** A store operation failed for a reason the caller cannot fix by changing its input (I/O, database). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
