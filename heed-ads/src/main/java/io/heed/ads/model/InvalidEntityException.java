package io.heed.ads.model;

/** An entity field that breaks a rule; {@link #field()} names it so an API can point at it. */
public final class InvalidEntityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidEntityException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static String requireId(String field, String id) {
        if (id == null || id.isBlank() || id.length() > 128) {
            throw new InvalidEntityException(field, "must be a non-blank id of at most 128 characters");
        }
        return id;
    }

    static double requirePositive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidEntityException(field, "must be a positive finite number, was " + v);
        }
        return v;
    }
}
