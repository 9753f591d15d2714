/**
 * Full-batch L2-regularised logistic regression ({@link io.heed.ctr.lr.LrTrainer} →
 * {@link io.heed.ctr.lr.LrModel}), fitted by a hand-written Newton-CG over the hashed slots the rows use:
 * the convex optimum that scikit-learn's LogisticRegression finds, where FTRL gives the end of its passes. No
 * dependencies beyond heed-ctr's contract.
 */
package io.heed.ctr.lr;
