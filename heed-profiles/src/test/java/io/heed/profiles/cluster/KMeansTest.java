package io.heed.profiles.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KMeansTest {
    @Test
    void recoversWellSeparatedBlobsExactly() {
        // given 6 blobs of 200 points in 5 dimensions
        Blobs b = Blobs.of(6, 200, 5, 42);
        // when
        KMeansResult r = KMeans.fit(b.x, b.n, b.d, KMeansConfig.of(6, 7).withRestarts(3));
        // then
        assertThat(ClusterMetrics.adjustedRandIndex(b.truth, r.labels())).isEqualTo(1.0);
        assertThat(r.sizes()).containsOnly(200);
        assertThat(r.converged()).isTrue();
        assertThat(Arrays.stream(r.centroids()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void sameSeedGivesIdenticalResultsForAnyThreadCount() {
        // given more rows than one chunk so the threaded path runs
        Blobs b = Blobs.of(5, 3000, 8, 3);
        // when
        KMeansResult one = KMeans.fit(b.x, b.n, b.d, KMeansConfig.of(5, 11).withThreads(1));
        KMeansResult four = KMeans.fit(b.x, b.n, b.d, KMeansConfig.of(5, 11).withThreads(4));
        KMeansResult again = KMeans.fit(b.x, b.n, b.d, KMeansConfig.of(5, 11).withThreads(4));
        // then
        assertThat(four.labels()).isEqualTo(one.labels());
        assertThat(four.centroids()).isEqualTo(one.centroids());
        assertThat(four.inertia()).isEqualTo(one.inertia());
        assertThat(again.centroids()).isEqualTo(four.centroids());
    }

    @Test
    void badInputsFailClearly() {
        assertThatThrownBy(() -> KMeans.fit(new double[0], 0, 3, KMeansConfig.of(2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty input");
        assertThatThrownBy(() -> KMeans.fit(new double[6], 3, 2, KMeansConfig.of(4, 1)))
                .hasMessageContaining("k = 4")
                .hasMessageContaining("only 3 rows");
        assertThatThrownBy(() -> KMeansConfig.of(0, 1)).hasMessageContaining("k must be >= 1");
    }

    @Test
    void emptyClusterIsReseededFromTheFarthestPointNeverNaN() {
        // given three groups of points and a start where one centre is far from everything (its cluster is empty)
        double[] x = {0, 0, 0, 1, 1, 0, 10, 10, 10, 11, 11, 10, 20, 0, 21, 0, 20, 1};
        double[] start = {5, 5, 15, 0, 1000, 1000};
        // when
        KMeansResult r;
        try (KMeans.Pool pool = new KMeans.Pool(1)) {
            r = KMeans.lloyd(x, 9, 2, start, 3, 50, 0, pool);
        }
        // then the empty cluster was re-seeded, no centroid is NaN, and the three groups are found
        assertThat(r.reseeded()).isPositive();
        assertThat(Arrays.stream(r.centroids()).allMatch(Double::isFinite)).isTrue();
        assertThat(r.sizes()).containsOnly(3);
    }

    @Test
    void moreClustersThanDistinctPointsStillGivesFiniteCentroids() {
        double[] x = new double[20];
        x[18] = 10;
        x[19] = 10;
        KMeansResult r = KMeans.fit(x, 10, 2, KMeansConfig.of(3, 5));
        assertThat(Arrays.stream(r.centroids()).allMatch(Double::isFinite)).isTrue();
        assertThat(r.inertia()).isZero();
    }

    @Test
    void miniBatchRecoversBlobs() {
        Blobs b = Blobs.of(4, 5000, 6, 9);
        KMeansResult r = MiniBatchKMeans.fit(b.x, b.n, b.d, KMeansConfig.of(4, 3), 512, 50, 3);
        assertThat(ClusterMetrics.adjustedRandIndex(b.truth, r.labels())).isEqualTo(1.0);
        KMeansResult again = MiniBatchKMeans.fit(b.x, b.n, b.d, KMeansConfig.of(4, 3), 512, 50, 3);
        assertThat(again.labels()).isEqualTo(r.labels());
    }

    @Test
    void bisectingBuildsAHierarchyThatMergesBack() {
        // given 4 blobs
        Blobs b = Blobs.of(4, 100, 3, 5);
        // when
        BisectingKMeans.Result r = BisectingKMeans.fit(b.x, b.n, b.d, KMeansConfig.of(4, 1));
        // then the leaves are the blobs and coarser levels have fewer clusters
        assertThat(ClusterMetrics.adjustedRandIndex(b.truth, r.labels())).isEqualTo(1.0);
        assertThat(r.splits()).hasSize(3);
        assertThat(Arrays.stream(r.labelsAt(1)).distinct().count()).isEqualTo(1);
        assertThat(Arrays.stream(r.labelsAt(3)).distinct().count()).isEqualTo(3);
        assertThat(r.splits()).allSatisfy(s -> assertThat(s.sseAfter()).isLessThan(s.sseBefore()));
    }

    @Test
    void automaticKFindsThePlantedNumberOfBlobs() {
        Blobs b = Blobs.of(5, 150, 4, 8);
        KSelection.Choice c =
                KSelection.choose(b.x, b.n, b.d, 2, 8, KMeansConfig.of(2, 4).withRestarts(2), 500);
        assertThat(c.k()).isEqualTo(5);
        assertThat(c.elbowK()).isBetween(3, 6);
        assertThat(c.candidates()).hasSize(7);
        assertThat(ClusterMetrics.adjustedRandIndex(b.truth, c.fit().labels())).isEqualTo(1.0);
    }

    @Test
    void adjustedRandIndexKnownValues() {
        assertThat(ClusterMetrics.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {5, 5, 3, 3}))
                .isEqualTo(1.0);
        // sklearn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714285715
        assertThat(ClusterMetrics.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(0.5714285714285715, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void standardizerDropsConstantFeaturesAndClipsOutliers() {
        // given column b constant, column c with one huge outlier
        double[] x = {1, 7, 0, 2, 7, 0, 3, 7, 0, 4, 7, 1000};
        // when
        Standardizer s = Standardizer.fit(x, 4, 3, List.of("a", "b", "c"), 1.5);
        double[] z = s.transformAll(x, 4, 3);
        // then
        assertThat(s.dropped()).containsExactly("b");
        assertThat(s.dims()).isEqualTo(2);
        assertThat(Arrays.stream(z).map(Math::abs).max().orElseThrow()).isLessThanOrEqualTo(1.5);
        assertThatThrownBy(() -> Standardizer.fit(new double[] {1, 1}, 2, 1, List.of("only"), 3))
                .hasMessageContaining("every selected feature is constant");
    }

    @Test
    void bootstrapStabilityIsHighForSeparatedBlobs() {
        Blobs b = Blobs.of(3, 100, 2, 1);
        KMeansConfig cfg = KMeansConfig.of(3, 2).withRestarts(2);
        KMeansResult r = KMeans.fit(b.x, b.n, b.d, cfg);
        assertThat(ClusterMetrics.bootstrapJaccard(b.x, b.n, b.d, r, cfg, 5)).isGreaterThan(0.99);
    }
}
