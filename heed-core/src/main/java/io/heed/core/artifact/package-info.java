/**
 * What every model artifact file shares, whatever the family (recommenders in heed-recsys, click models in
 * heed-ctr): {@link io.heed.core.artifact.ModelProvenance} (where a trained model came from) and
 * {@link io.heed.core.artifact.ArrayIo} (the byte layout of the arrays in payloads). JDK only: each family writes
 * provenance as JSON with its own Jackson mapper (a plain record needs no annotations), and owns its file format,
 * magic and format version.
 */
package io.heed.core.artifact;
