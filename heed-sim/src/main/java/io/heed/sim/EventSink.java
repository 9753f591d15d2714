package io.heed.sim;

/** Receives events as behaviour generates them (in generation order, not time order). */
@FunctionalInterface
interface EventSink {
    void emit(SimEvent event);
}
