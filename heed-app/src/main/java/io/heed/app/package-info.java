/**
 * The use cases of Heed, called by both front doors (heed-server's routes and heed-cli's commands) so that each is
 * wired once: plain classes over a {@link io.heed.storage.HeedStore} and the stages, configured through their
 * constructors, with no Vert.x, no picocli and no printing.
 */
package io.heed.app;
