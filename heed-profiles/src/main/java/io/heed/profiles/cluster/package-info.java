/**
 * Clustering math on flat row-major {@code double[]} matrices: {@link io.heed.profiles.cluster.Standardizer}
 * (robust z-scores), {@link io.heed.profiles.cluster.KMeans} (k-means++ and multi-threaded Lloyd),
 * {@link io.heed.profiles.cluster.MiniBatchKMeans}, {@link io.heed.profiles.cluster.BisectingKMeans} (hierarchy),
 * {@link io.heed.profiles.cluster.KSelection} (automatic k) and {@link io.heed.profiles.cluster.ClusterMetrics}
 * (adjusted Rand index, silhouette, bootstrap stability). Deterministic for a seed, for any thread count.
 * JDK only.
 */
package io.heed.profiles.cluster;
