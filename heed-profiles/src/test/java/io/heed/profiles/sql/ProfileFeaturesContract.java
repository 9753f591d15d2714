package io.heed.profiles.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.SessionBasket;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL profile features on a tiny hand-made store, every value computed by hand. Run per database. */
abstract class ProfileFeaturesContract {
    @TempDir
    Path dir;

    HeedStore store;

    abstract HeedStore openFresh(Path dir) throws Exception;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static final String HEADER = "event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,"
            + "placement,position,device,platform,geo,session_id,page\n";

    void load() throws Exception {
        store = openFresh(dir);
        ValidationPolicy policy = ValidationPolicy.defaults();
        Path items = Files.writeString(
                dir.resolve("items.csv"),
                "item_id,category,price\n" + "i1,gaming,10\ni2,gaming,50\ni4,gaming,60\ni3,news,2\n");
        Path users = Files.writeString(
                dir.resolve("users.csv"),
                "user_id,tenant_id,consent_personalisation,"
                        + "consent_advertising,consent_measurement,created_at,geo\nu1,,true,true,true,2026-09-01T00:00:00Z,FR\n"
                        + "u3,,false,true,true,2026-09-01T00:00:00Z,US\n");
        StringBuilder ev = new StringBuilder(HEADER);
        // u1: a Saturday night on an iPhone: views/clicks gaming, buys i2, clicks the one ad it saw
        ev.append("e1,,view,u1,,i1,,2026-10-03T01:00:00Z,,,,mobile,ios,FR,s1,item/i1\n");
        ev.append("e5,,impression,u1,,,a1,2026-10-03T01:01:00Z,,home_feed,2,mobile,ios,FR,s1,feed/1\n");
        ev.append("e6,,click,u1,,,a1,2026-10-03T01:02:00Z,,home_feed,2,mobile,ios,FR,s1,feed/1\n");
        ev.append("e2,,click,u1,,i2,,2026-10-03T01:05:00Z,,home_feed,0,mobile,ios,FR,s1,feed/1\n");
        ev.append("e4,,dwell,u1,,i2,,2026-10-03T01:06:00Z,60,,,mobile,ios,FR,s1,item/i2\n");
        ev.append("e3,,purchase,u1,,i2,,2026-10-03T01:10:00Z,50,,,mobile,ios,FR,s1,checkout\n");
        // u2: weekday afternoons on a desktop browser, news, ignores two ads; two sessions
        ev.append("e7,,view,u2,,i3,,2026-10-05T13:00:00Z,,,,desktop,web,DE,s2,item/i3\n");
        ev.append("e11,,impression,u2,,i3,,2026-10-05T13:00:30Z,,home_feed,0,desktop,web,DE,s2,feed/1\n");
        ev.append("e8,,impression,u2,,,a1,2026-10-05T13:01:00Z,,home_feed,2,desktop,web,DE,s2,feed/1\n");
        ev.append("e9,,impression,u2,,,a1,2026-10-05T13:02:00Z,,home_feed,6,desktop,web,DE,s2,feed/1\n");
        ev.append("e10,,view,u2,,i3,,2026-10-06T13:00:00Z,,,,desktop,web,DE,s3,item/i3\n");
        // u3 (refused personalisation): one dwell without a country on the event; the account says US (UTC-5),
        // so Monday 03:00 UTC is Sunday 22:00 local
        ev.append("e12,,dwell,u3,,i3,,2026-10-05T03:00:00Z,10,,,mobile,android,,s4,item/i3\n");
        // a bot: 100 clicks on news within a minute; must not count anywhere
        for (int i = 0; i < 100; i++) {
            ev.append("b")
                    .append(i)
                    .append(",,click,bot,,i3,,2026-10-04T08:00:")
                    .append(String.format("%02d", i % 60))
                    .append("Z,,,,desktop,web,US,sb,feed/1\n");
        }
        Path events = Files.writeString(dir.resolve("events.csv"), ev.toString());
        for (Object[] f : new Object[][] {
            {items, IngestFormat.ITEMS_CSV}, {users, IngestFormat.USERS_CSV}, {events, IngestFormat.EVENTS_CSV}
        }) {
            EventStore.of(store)
                    .ingestFile(
                            (Path) f[0], (IngestFormat) f[1], policy, MappingOptions.defaults(), ProgressListener.NONE);
        }
        new Cleaner(store).clean(CleaningConfig.defaults());
    }

    double f(ProfileMatrix m, String user, String feature) {
        int j = m.features().indexOf(feature);
        assertThat(j).as(feature).isNotNegative();
        return m.get(m.rowOf(user), j);
    }

    @Test
    void computesEveryFeatureAsDefinedOnAHandMadeStore() throws Exception {
        // given
        load();
        SqlProfileFeatures src = new SqlProfileFeatures(store, "default");
        // when
        ProfileMatrix m = src.compute();
        // then: bots excluded, one row per human, the documented columns
        assertThat(m.userIds()).containsExactly("u1", "u2", "u3");
        assertThat(m.features()).isEqualTo(src.featureSet());
        assertThat(m.features().names())
                .contains("cat_gaming", "cat_news", "seen_news")
                .hasSize(3 + 2 + 2 + 27);
        assertThat(src.dataWindow()).isEqualTo("2026-10-03T01:00Z..2026-10-06T13:00Z");
        double e = 1e-9;
        // RFM
        assertThat(f(m, "u1", "recency_days")).isCloseTo(3 + (11 * 60 + 50) / 1440.0, within(e));
        assertThat(f(m, "u2", "recency_days")).isCloseTo(0, within(e));
        assertThat(f(m, "u1", "frequency_log")).isCloseTo(Math.log(2), within(e));
        assertThat(f(m, "u1", "monetary_log")).isCloseTo(Math.log(51), within(e));
        assertThat(f(m, "u2", "monetary_log")).isZero();
        // category affinities smoothed toward the population share (0.5 each), alpha 10
        assertThat(f(m, "u1", "cat_gaming")).isCloseTo(7 / 12.0, within(e));
        assertThat(f(m, "u1", "cat_news")).isCloseTo(5 / 12.0, within(e));
        assertThat(f(m, "u2", "cat_news")).isCloseTo(7 / 12.0, within(e));
        // item impressions: only u2 saw one (news), so the population share of news is 1
        assertThat(f(m, "u2", "seen_news")).isCloseTo(1.0, within(e));
        assertThat(f(m, "u1", "seen_news")).isCloseTo(1.0, within(e));
        assertThat(f(m, "u1", "seen_gaming")).isZero();
        // engagement
        assertThat(f(m, "u1", "dwell_log_mean")).isCloseTo(Math.log(61), within(e));
        assertThat(f(m, "u2", "dwell_log_mean")).isZero();
        assertThat(f(m, "u1", "events_per_session")).isCloseTo(6, within(e));
        assertThat(f(m, "u2", "events_per_session")).isCloseTo(2.5, within(e));
        assertThat(f(m, "u1", "sessions_log")).isCloseTo(Math.log(2), within(e));
        assertThat(f(m, "u2", "sessions_log")).isCloseTo(Math.log(3), within(e));
        // rhythm in local time: u1 in France (UTC+1) at 02:xx on a Saturday, u2 in Germany at 14:0x on weekdays
        assertThat(f(m, "u1", "daypart_night")).isEqualTo(1.0);
        assertThat(f(m, "u1", "weekend_share")).isEqualTo(1.0);
        assertThat(f(m, "u2", "daypart_afternoon")).isEqualTo(1.0);
        assertThat(f(m, "u2", "weekend_share")).isZero();
        assertThat(f(m, "u3", "daypart_evening")).isEqualTo(1.0);
        assertThat(f(m, "u3", "weekend_share")).isEqualTo(1.0);
        // three-hour local bins smoothed toward the population (6 of 12 events in 00-03, 5 in 12-15, 1 in 21-24)
        assertThat(f(m, "u1", "hour_00")).isCloseTo((6 + 10 * 0.5) / 16, within(e));
        assertThat(f(m, "u1", "hour_12")).isCloseTo(10 * 5 / 12.0 / 16, within(e));
        assertThat(f(m, "u2", "hour_12")).isCloseTo((5 + 10 * 5 / 12.0) / 15, within(e));
        assertThat(f(m, "u3", "hour_21")).isCloseTo((1 + 10 / 12.0) / 11, within(e));
        assertThat(f(m, "u3", "hour_06")).isZero();
        // personalisation: refused by u3 only; u2 has no account and counts as personalised
        assertThat(f(m, "u1", "feed_personalised")).isEqualTo(1.0);
        assertThat(f(m, "u2", "feed_personalised")).isEqualTo(1.0);
        assertThat(f(m, "u3", "feed_personalised")).isZero();
        // device and platform
        assertThat(f(m, "u1", "device_mobile")).isEqualTo(1.0);
        assertThat(f(m, "u1", "platform_ios")).isEqualTo(1.0);
        assertThat(f(m, "u2", "device_desktop")).isEqualTo(1.0);
        assertThat(f(m, "u2", "platform_web")).isEqualTo(1.0);
        // price sensitivity: gaming mean price 40; u1 viewed 10 and 50, bought 50
        assertThat(f(m, "u1", "price_ratio_viewed")).isCloseTo((0.25 + 1.25) / 2, within(e));
        assertThat(f(m, "u1", "price_ratio_bought")).isCloseTo(1.25, within(e));
        assertThat(f(m, "u2", "price_ratio_bought")).isEqualTo(1.0);
        // ad CTR with a Beta prior at the population CTR 1/3, strength 50
        assertThat(f(m, "u1", "ad_ctr")).isCloseTo((1 + 50 / 3.0) / 51, within(e));
        assertThat(f(m, "u2", "ad_ctr")).isCloseTo((50 / 3.0) / 52, within(e));
        // tenure from the account creation, else the first event
        assertThat(f(m, "u1", "tenure_days")).isCloseTo(35 + 13 / 24.0, within(e));
        assertThat(f(m, "u2", "tenure_days")).isCloseTo(1, within(e));
    }

    @Test
    void oneUsersFeaturesEqualTheirRowInTheAllUsersComputation() throws Exception {
        // given
        load();
        SqlProfileFeatures src = new SqlProfileFeatures(store, "default");
        ProfileMatrix all = src.compute();
        for (String user : all.userIds()) {
            // when
            ProfileMatrix one = src.computeFor(user);
            // then: the same columns and the same numbers (population priors come from every user)
            assertThat(one.features()).isEqualTo(all.features());
            assertThat(one.userIds()).containsExactly(user);
            double[] expected = all.row(all.rowOf(user));
            double[] actual = one.row(0);
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[j])
                        .as(user + " " + all.features().names().get(j))
                        .isCloseTo(expected[j], within(1e-12));
            }
        }
        assertThat(src.computeFor("nobody").rows()).isZero();
        assertThat(src.computeFor("bot").rows()).as("bots have no profile").isZero();
    }

    /** Generated events of users u(first)..u(first+users-1) on random days of a month, ids prefixed per batch. */
    private Path generatedEvents(String name, String prefix, int first, int users, String month, int events, long seed)
            throws Exception {
        java.util.Random rnd = new java.util.Random(seed);
        String[] types = {"view", "click", "impression", "dwell", "purchase"};
        String[] items = {"i1", "i2", "i3", "i4"};
        String[] devices = {"mobile", "desktop", "tablet"};
        StringBuilder ev = new StringBuilder(HEADER);
        for (int i = 0; i < events; i++) {
            String type = types[rnd.nextInt(types.length)];
            String value = type.equals("dwell") || type.equals("purchase") ? String.valueOf(1 + rnd.nextInt(90)) : "";
            ev.append(String.format(
                    java.util.Locale.ROOT,
                    "%s%d,,%s,u%d,,%s,,%s-%02dT%02d:%02d:00Z,%s,,,%s,web," + "FR,,item/x%n",
                    prefix,
                    i,
                    type,
                    first + rnd.nextInt(users),
                    items[rnd.nextInt(items.length)],
                    month,
                    1 + rnd.nextInt(28),
                    rnd.nextInt(24),
                    rnd.nextInt(60),
                    value,
                    devices[rnd.nextInt(3)]));
        }
        return Files.writeString(dir.resolve(name), ev.toString());
    }

    private void ingestAndClean(Path events) {
        assertThat(EventStore.of(store)
                        .ingestFile(
                                events,
                                IngestFormat.EVENTS_CSV,
                                ValidationPolicy.defaults(),
                                MappingOptions.defaults(),
                                ProgressListener.NONE)
                        .duplicates())
                .isZero();
        new Cleaner(store).clean(CleaningConfig.defaults());
    }

    @Test
    void incrementalRowsMergedIntoTheTableEqualAFullRecomputationWithTheSamePriors() throws Exception {
        // given: 40 users' events in a first batch, a full run
        load();
        ingestAndClean(generatedEvents("a.csv", "ga", 0, 40, "2026-10", 600, 1));
        SqlProfileFeatures src = new SqlProfileFeatures(store, "default");
        IncrementalProfileFeatures table = new IncrementalProfileFeatures(src, java.time.Duration.ofDays(1));
        IncrementalProfileFeatures.Refresh first = table.refresh();
        assertThat(first.full()).isTrue();
        assertThat(table.refresh().usersRecomputed()).as("nothing new").isZero();
        // when: a second batch, in November, touches 10 of them (u30..u39) and 3 new users (u40..u42)
        ingestAndClean(generatedEvents("b.csv", "gb", 30, 13, "2026-11", 80, 2));
        IncrementalProfileFeatures.Refresh next = table.refresh();
        // then: only the users with new events were recomputed, and the table equals a full run with the same priors
        assertThat(next.full()).isFalse();
        assertThat(next.usersRecomputed()).isBetween(1, 13);
        assertThat(next.watermark()).isGreaterThan(first.watermark());
        ProfileMatrix merged = table.matrix();
        ProfileMatrix full = src.compute(table.priors());
        assertThat(merged.userIds()).containsExactlyInAnyOrderElementsOf(full.userIds());
        assertThat(merged.rows()).isEqualTo(first.usersRecomputed() + 3);
        for (String user : full.userIds()) {
            double[] expected = full.row(full.rowOf(user));
            double[] actual = merged.row(merged.rowOf(user));
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[j])
                        .as(user + " " + full.features().names().get(j))
                        .isCloseTo(expected[j], within(1e-12));
            }
        }
        assertThat(merged.get(merged.rowOf("u40"), merged.features().indexOf("recency_days")))
                .as("events after the priors' window end count as recent, never negative")
                .isZero();
    }

    @Test
    void sessionBasketsHoldTheDistinctCategoriesPerSession() throws Exception {
        load();
        List<SessionBasket> b = new SqlSessionBaskets(store, "default").categoryBaskets();
        assertThat(b)
                .containsExactly(
                        new SessionBasket("u1", "s1", Set.of("gaming")),
                        new SessionBasket("u2", "s2", Set.of("news")),
                        new SessionBasket("u2", "s3", Set.of("news")));
    }

    @Test
    void anEmptyStoreGivesAnEmptyMatrix() throws Exception {
        store = openFresh(dir);
        Files.writeString(dir.resolve("items.csv"), "item_id,category,price\ni1,gaming,10\n");
        EventStore.of(store)
                .ingestFile(
                        dir.resolve("items.csv"),
                        IngestFormat.ITEMS_CSV,
                        ValidationPolicy.defaults(),
                        MappingOptions.defaults(),
                        ProgressListener.NONE);
        ProfileMatrix m = new SqlProfileFeatures(store, null).compute();
        assertThat(m.rows()).isZero();
        assertThat(m.features().names()).contains("cat_gaming");
    }
}
