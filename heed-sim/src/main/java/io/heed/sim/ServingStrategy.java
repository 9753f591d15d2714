package io.heed.sim;

/**
 * What the closed-loop world asks of a strategy: for a visitor at the loop's ad slot, a probability distribution
 * over candidate ads and the price per click each would pay. Strategies live outside the simulator (heed-bench
 * composes Heed's own; an ads engine plugs in through this interface) and see only what a publisher would see.
 */
public interface ServingStrategy {
    String name();

    Decision decide(Visitor visitor);

    /** Hears what the world answered to one of its decisions (e.g. to charge a click to a budget); by default nothing. */
    default void observe(Visitor visitor, Outcome outcome) {}
}
