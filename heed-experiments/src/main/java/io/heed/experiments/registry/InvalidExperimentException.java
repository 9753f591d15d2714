package io.heed.experiments.registry;

import io.heed.core.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A definition was refused; the message lists every problem. */
public final class InvalidExperimentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidExperimentException(String name, List<Problem> problems) {
        super("experiment " + name + " is invalid: "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
