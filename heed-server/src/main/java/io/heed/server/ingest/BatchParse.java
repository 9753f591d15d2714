package io.heed.server.ingest;

/** What {@link BatchParser} made of a request body: a batch, or why the whole body is refused. */
public sealed interface BatchParse {

    /** The body parsed; field-level problems are quarantined inside the batch. */
    record Parsed(ParsedBatch batch) implements BatchParse {}

    /**
     * The body is not acceptable JSON for an event batch (syntax error, an element that is not an object, a field
     * of the wrong JSON kind). {@code index} is the record being read (null outside any record), {@code field} the
     * field being read (null outside a field). Nothing of the batch may be stored.
     */
    record Invalid(Integer index, String field, String message) implements BatchParse {}

    /** The batch holds more than {@code limit} records. */
    record TooManyEvents(int limit) implements BatchParse {}
}
