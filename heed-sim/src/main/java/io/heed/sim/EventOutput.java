package io.heed.sim;

import java.io.IOException;

/** Receives events in final timestamp order, ready to be written. */
@FunctionalInterface
interface EventOutput {
    void write(SimEvent event) throws IOException;
}
