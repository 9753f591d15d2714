/**
 * Factorization machines (Rendle) trained with Adagrad SGD, with early stopping on the latest training rows; hand-written O(kn) kernels on float arrays.
 */
package io.heed.ctr.fm;
