/**
 * Collaborative-filtering models, each as config record → trainer → immutable model: popularity (optional time
 * decay), item-kNN (cosine), iALS (Hu-Koren-Volinsky with conjugate-gradient solves), EASE (closed form), BPR, the
 * attention embedding model and a weighted ensemble of standardised component scores; {@link
 * io.heed.recsys.cf.RecModelReaders}, the list of every algorithm a model file can hold, and
 * {@link io.heed.recsys.cf.Algorithms}, the CLI's names and search spaces. Hot loops are hand-written on primitive
 * arrays. Uses {@code io.heed.recsys}, heed-core and EJML only.
 */
package io.heed.recsys.cf;
