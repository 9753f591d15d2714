package io.heed.profiles.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.SessionBasket;
import io.heed.profiles.cluster.ClusterMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaClustererTest {
    static final FeatureSet FS = new FeatureSet(
            "test-profile",
            1,
            List.of(
                    "monetary_log",
                    "cat_gaming",
                    "cat_news",
                    "cat_fashion",
                    "daypart_night",
                    "daypart_morning",
                    "device_mobile",
                    "ad_ctr",
                    "constant"));

    /** Three planted personas: night mobile gamers with high ad CTR, morning news readers, fashion buyers. */
    static Planted planted(int perPersona, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = {
            {0.5, 0.7, 0.1, 0.2, 0.6, 0.1, 0.9, 0.05, 1},
            {0.5, 0.1, 0.8, 0.1, 0.05, 0.6, 0.3, 0.01, 1},
            {4.0, 0.1, 0.1, 0.8, 0.2, 0.2, 0.5, 0.01, 1}
        };
        int n = 3 * perPersona;
        double[] x = new double[n * FS.size()];
        int[] truth = new int[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = i % 3;
            truth[i] = p;
            ids.add("u" + i);
            for (int j = 0; j < FS.size(); j++) {
                double noise = j == FS.size() - 1 ? 0 : 0.02 * gaussian(r) * Math.max(0.1, centres[p][j]);
                x[i * FS.size() + j] = centres[p][j] + noise;
            }
        }
        return new Planted(new ProfileMatrix(FS, ids, x), truth);
    }

    record Planted(ProfileMatrix m, int[] truth) {}

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void recoversPlantedPersonasDropsTheConstantFeatureAndNumbersBySize() {
        // given
        Planted p = planted(100, 1);
        // when
        PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.fixedK(3, 42)).fit(p.m(), "w");
        // then
        assertThat(ClusterMetrics.adjustedRandIndex(p.truth(), fit.labels())).isEqualTo(1.0);
        assertThat(fit.model().provenance().droppedFeatures()).containsExactly("constant");
        assertThat(PersonaClusterer.notices(fit.model()))
                .singleElement()
                .asString()
                .contains("constant");
        assertThat(fit.model().provenance().metrics()).containsKeys("inertia", "silhouette");
        assertThat(fit.model().provenance().metrics().get("silhouette")).isGreaterThan(0.8);
    }

    @Test
    void automaticKPicksThreeAndTheAssignerAgreesWithTheTrainingLabels() {
        // given
        Planted p = planted(80, 2);
        // when
        PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.autoK(2, 6, 9)).fit(p.m(), "w");
        PersonaAssigner a = fit.model().assigner();
        // then
        assertThat(fit.model().k()).isEqualTo(3);
        assertThat(a.assignAll(p.m())).isEqualTo(fit.labels());
        assertThat(fit.model().provenance().metrics()).containsKeys("silhouette_k2", "silhouette_k6", "elbow_k");
    }

    @Test
    void assigningOneUserTakesWellUnderAMillisecond() {
        Planted p = planted(100, 6);
        PersonaAssigner a = new PersonaClusterer(PersonaConfig.fixedK(3, 1))
                .fit(p.m(), "w")
                .model()
                .assigner();
        double[] row = p.m().row(0);
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += a.assign(row); // warm-up
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            sink += a.assign(row);
        }
        double micros = (System.nanoTime() - t0) / 1e3 / 20_000;
        assertThat(sink).isNotNegative();
        assertThat(micros).as("microseconds per assignment").isLessThan(1000);
    }

    static final FeatureSet MASKED =
            new FeatureSet("test-profile", 1, List.of("seen_a", "seen_b", "cat_a", "cat_b", "feed_personalised"));

    /**
     * Two personas, A (a-heavy) and B (b-heavy); every fifth user refused personalisation, so what their feed showed
     * is the popular mix (0.5/0.5) whatever their persona.
     */
    static Planted maskedPlanted(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * MASKED.size()];
        int[] truth = new int[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = i % 2;
            boolean personalised = i % 5 != 0;
            double a = p == 0 ? 0.75 : 0.25;
            double seen = personalised ? a : 0.5;
            double[] row = {seen, 1 - seen, a, 1 - a, personalised ? 1 : 0};
            for (int j = 0; j < 4; j++) {
                row[j] += 0.1 * gaussian(r);
            }
            System.arraycopy(row, 0, x, i * row.length, row.length);
            truth[i] = p;
            ids.add("u" + i);
        }
        return new Planted(new ProfileMatrix(MASKED, ids, x), truth);
    }

    static PersonaConfig maskedConfig() {
        return PersonaConfig.fixedK(2, 3)
                .withFeaturePrefixes(List.of("seen_", "cat_"))
                .withObservedIf(PersonaConfig.DEFAULT_OBSERVED_IF);
    }

    @Test
    void usersWhoDoNotObserveAGroupAreLeftOutOfTheFitAndAssignedByWhatTheyObserve() {
        // given
        Planted p = maskedPlanted(400, 11);
        // when
        PersonaClusterer.Fit fit = new PersonaClusterer(maskedConfig()).fit(p.m(), "w");
        // then: everyone lands in their planted persona, the refusing users by their clicks alone
        assertThat(ClusterMetrics.adjustedRandIndex(p.truth(), fit.labels())).isEqualTo(1.0);
        assertThat(fit.model().provenance().metrics())
                .containsEntry("users_fitted", 320.0)
                .containsEntry("users_assigned_after_fit", 80.0);
        assertThat(fit.trainN()).isEqualTo(320);
        assertThat(fit.model().assigner().assignAll(p.m())).isEqualTo(fit.labels());
        assertThat(fit.bootstrapJaccard(2)).isGreaterThan(0.95);
    }

    @Test
    void anIndicatorMissingFromTheFeatureSetFailsClearly() {
        Planted p = planted(20, 1);
        PersonaConfig cfg = PersonaConfig.fixedK(3, 1).withObservedIf(java.util.Map.of("cat_", "feed_personalised"));
        assertThatThrownBy(() -> new PersonaClusterer(cfg).fit(p.m(), "w"))
                .hasMessageContaining("has no feature feed_personalised");
        double[] none = maskedPlanted(10, 1).m().values().clone();
        for (int i = 0; i < 10; i++) {
            none[i * MASKED.size() + 4] = 0;
        }
        ProfileMatrix refusing =
                new ProfileMatrix(MASKED, maskedPlanted(10, 1).m().userIds(), none);
        assertThatThrownBy(() -> new PersonaClusterer(maskedConfig()).fit(refusing, "w"))
                .hasMessageContaining("only 0 of 10 users observe every clustering feature");
    }

    @Test
    void miniBatchAndBisectingRecoverThePlantedPersonasToo() {
        Planted p = planted(100, 8);
        for (PersonaConfig.Algorithm a : PersonaConfig.Algorithm.values()) {
            PersonaClusterer.Fit fit =
                    new PersonaClusterer(PersonaConfig.fixedK(3, 4).withAlgorithm(a)).fit(p.m(), "w");
            assertThat(ClusterMetrics.adjustedRandIndex(p.truth(), fit.labels()))
                    .as(a.name())
                    .isEqualTo(1.0);
            assertThat(fit.model().provenance().config().algorithm()).isEqualTo(a);
        }
    }

    @Test
    void sameSeedSameModel() {
        Planted p = planted(60, 3);
        PersonaModel a =
                new PersonaClusterer(PersonaConfig.fixedK(3, 5)).fit(p.m(), "w").model();
        PersonaModel b =
                new PersonaClusterer(PersonaConfig.fixedK(3, 5)).fit(p.m(), "w").model();
        assertThat(a.centroids()).isEqualTo(b.centroids());
        assertThat(a.inertia()).isEqualTo(b.inertia());
    }

    @Test
    void badInputsFailClearly() {
        ProfileMatrix empty = new ProfileMatrix(FS, List.of(), new double[0]);
        assertThatThrownBy(() -> new PersonaClusterer(PersonaConfig.fixedK(3, 1)).fit(empty, "w"))
                .hasMessageContaining("no users");
        ProfileMatrix two = new ProfileMatrix(FS, List.of("a", "b"), new double[2 * FS.size()]);
        assertThatThrownBy(() -> new PersonaClusterer(PersonaConfig.fixedK(3, 1)).fit(two, "w"))
                .hasMessageContaining("only 2 users");
        assertThatThrownBy(() -> new PersonaClusterer(PersonaConfig.fixedK(2, 1)).fit(two, "w"))
                .hasMessageContaining("every selected feature is constant");
        assertThatThrownBy(() -> new ProfileMatrix(FS, List.of("a", "a"), new double[2 * FS.size()]))
                .hasMessageContaining("appears twice");
        double[] nan = new double[FS.size()];
        nan[2] = Double.NaN;
        assertThatThrownBy(() -> new ProfileMatrix(FS, List.of("a"), nan)).hasMessageContaining("cat_news");
        PersonaModel m = new PersonaClusterer(PersonaConfig.fixedK(3, 1))
                .fit(planted(10, 1).m(), "w")
                .model();
        assertThatThrownBy(() -> m.assigner().assign(new double[2])).hasMessageContaining("expected 9 features");
    }

    @Test
    void describesPersonasWithEffectSizesRulesAndALabel() {
        // given
        Planted p = planted(100, 4);
        PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.fixedK(3, 42)).fit(p.m(), "w");
        List<SessionBasket> baskets = new ArrayList<>();
        for (int i = 0; i < p.m().rows(); i++) {
            if (p.truth()[i] == 0) {
                baskets.add(new SessionBasket("u" + i, "s" + i, Set.of("gaming", "music")));
                baskets.add(new SessionBasket("u" + i, "t" + i, Set.of("news")));
            }
        }
        // when
        List<PersonaDescription> ds = PersonaDescriber.defaults().describe(p.m(), fit.labels(), 3, baskets);
        // then
        PersonaDescription gamers = ds.get(fit.labels()[0]);
        assertThat(gamers.label()).isEqualTo("late-night mobile gaming fans, high ad response");
        assertThat(gamers.topCategories().get(0)).isEqualTo("gaming");
        assertThat(gamers.topRules())
                .anySatisfy(r -> assertThat(r)
                        .startsWith("{music} => {gaming} (support 0.500, " + "confidence 1.00, lift 2.00)"));
        assertThat(gamers.distinguishing().get(0).cohensD()).isGreaterThan(2);
        PersonaDescription fashion = ds.get(fit.labels()[2]);
        assertThat(fashion.label()).contains("fashion fans", "big spenders");
        assertThat(fashion.revenueShare()).isGreaterThan(0.8);
        assertThat(ds.stream().mapToDouble(PersonaDescription::share).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void modelSurvivesAJsonRoundTrip(@TempDir Path dir) {
        // given a described model
        Planted p = planted(50, 5);
        PersonaClusterer.Fit fit =
                new PersonaClusterer(PersonaConfig.fixedK(3, 42)).fit(p.m(), "2026-10-01..2026-10-15");
        PersonaModel model =
                fit.model().withDescriptions(PersonaDescriber.defaults().describe(p.m(), fit.labels(), 3, List.of()));
        // when
        Path f = dir.resolve("personas/model.json");
        PersonaModelJson.save(model, f);
        PersonaModel back = PersonaModelJson.load(f);
        // then
        assertThat(back.centroids()).isEqualTo(model.centroids());
        assertThat(back.features()).isEqualTo(model.features());
        assertThat(back.provenance()).isEqualTo(model.provenance());
        assertThat(back.descriptions()).isEqualTo(model.descriptions());
        assertThat(back.assigner().assignAll(p.m())).isEqualTo(fit.labels());
        assertThat(PersonaModelJson.toJson(back)).isEqualTo(PersonaModelJson.toJson(model));
        assertThatThrownBy(
                        () -> PersonaModelJson.fromJson("{\"format\": \"heed-persona-model\", \"formatVersion\": 99}"))
                .hasMessageContaining("newer than this code");
    }
}
