package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import java.util.Arrays;
import java.util.Locale;

/** The splits of the evaluation harness, by the names the CLI uses. */
public enum SplitProtocol {
    /** Per-user random holdout of {@code fraction} of each user's items (peer-bench's split). */
    RANDOM("random"),
    /** The latest {@code fraction} of all interactions, globally by time. */
    TEMPORAL("temporal"),
    /** Each user's latest interaction. */
    LEAVE_LAST_OUT("leave-last-out");

    private final String cliName;

    SplitProtocol(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The split of {@code data}; {@code seed} matters only for the random holdout. */
    public HoldoutSplit split(Interactions data, double fraction, long seed) {
        return switch (this) {
            case RANDOM -> HoldoutSplit.split(data, fraction, seed);
            case TEMPORAL -> TimeSplits.temporal(data, fraction);
            case LEAVE_LAST_OUT -> TimeSplits.leaveLastOut(data);
        };
    }

    public static SplitProtocol parse(String name) {
        for (SplitProtocol p : values()) {
            if (p.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown split '" + name + "'; one of "
                + Arrays.stream(values()).map(SplitProtocol::cliName).toList());
    }
}
