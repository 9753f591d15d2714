/**
 * Explanations for people: {@link io.heed.ctr.explain.WhyThisAd} turns a prediction's top contributions
 * into a "why am I seeing this ad" sentence without exposing identifiers.
 */
package io.heed.ctr.explain;
