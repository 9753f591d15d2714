/**
 * Foundations used by every stage: {@link io.heed.core.Problem}, {@link io.heed.core.Result}, version,
 * {@link io.heed.core.Permutations}; sub-packages {@code explore} (exploration math) and {@code artifact} (what model
 * artifact files share). Depends on the JDK only; nothing here does I/O.
 */
package io.heed.core;
