/**
 * Collaborative-filtering models, each as config record → trainer → immutable model: popularity (optional time
 * decay), item-kNN (cosine), iALS (Hu-Koren-Volinsky with conjugate-gradient solves) and EASE (closed form).
 * Hot loops are hand-written on primitive arrays. Uses {@code io.heed.models} and EJML only.
 */
package io.heed.models.cf;
