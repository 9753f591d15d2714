/**
 * Collaborative-filtering models, each as config record → trainer → immutable model: popularity (optional time
 * decay), item-kNN (cosine), iALS (Hu-Koren-Volinsky with conjugate-gradient solves), EASE (closed form), BPR, the attention embedding model and
 * a weighted ensemble of standardised component scores.
 * Hot loops are hand-written on primitive arrays. Uses {@code io.heed.recsys} and EJML only.
 */
package io.heed.recsys.cf;
