package io.heed.core;

import java.util.Objects;
import java.util.function.Function;

/** Either a value or a {@link Problem}. Used where a failure is expected and must be counted, not thrown. */
public sealed interface Result<T> {

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Err<T>(Problem problem) implements Result<T> {
        public Err {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> err(Problem problem) {
        return new Err<>(problem);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; throws {@link IllegalStateException} naming the problem when this is an error. */
    default T orThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException(((Err<T>) this).problem().toString());
    }

    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Err<>(((Err<T>) this).problem());
    }
}
