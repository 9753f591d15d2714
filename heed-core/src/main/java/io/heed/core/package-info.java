/**
 * Foundations used by every stage: {@link io.heed.core.Problem}, {@link io.heed.core.Result}, version.
 * Depends on the JDK only; nothing here does I/O.
 */
package io.heed.core;
