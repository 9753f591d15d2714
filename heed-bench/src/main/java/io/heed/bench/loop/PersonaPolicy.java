package io.heed.bench.loop;

import io.heed.sim.Decision;
import io.heed.sim.ServingStrategy;
import io.heed.sim.Visitor;

/**
 * A strategy that decides from the visitor's persona alone, with a click model behind it: what off-policy
 * evaluation ({@link SimulatorOpe}) needs to write it as a persona × ad table and to use its model as reward model.
 */
public interface PersonaPolicy extends ServingStrategy {
    /** The visitor's persona, or null when none is known. */
    String personaOf(Visitor v);

    /** The decision for a persona (null: none known). */
    Decision decideFor(String persona);

    /** The click model's prediction of an ad (by world index) for a persona (null: none known). */
    double predict(String persona, int ad);
}
