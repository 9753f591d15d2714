/**
 * The decision pipeline, in named stages: request → eligibility (index, schedule, budget, caps, consent) → score
 * (eCPM) → pace (throttle) → auction (generalised second price with floors) → reserve (budget, caps) → respond and
 * log (candidates, prices, propensities). Thread-safe; no I/O on the serving path.
 */
package io.heed.ads.decide;
