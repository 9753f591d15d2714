package io.heed.ads.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.core.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrackingTest {
    final TrackingSigner signer =
            new TrackingSigner("0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8), 60_000);
    final TrackingLedger ledger = new TrackingLedger(new TrackingPolicy(60_000, 5_000, 250));

    TrackingToken token(TrackKind k) {
        return new TrackingToken(
                k,
                "dec-1",
                "camp a",
                "cr&1",
                0,
                "u1",
                "gamer",
                1_000,
                k == TrackKind.CLICK ? "https://a.example/?x=1&y=2" : null,
                0.25);
    }

    @Test
    void signedUrlsRoundTripAndForgeriesFail() {
        String q = signer.sign(token(TrackKind.CLICK));
        assertThat(signer.verify(q, 2_000).orThrow()).isEqualTo(token(TrackKind.CLICK));
        assertThat(problem(signer.verify(q.replace("c=camp", "c=champ"), 2_000)))
                .isEqualTo("forged");
        assertThat(problem(signer.verify(q.substring(0, q.length() - 2) + "AA", 2_000)))
                .isEqualTo("forged");
        assertThat(problem(signer.verify(q.substring(0, q.indexOf("&s=")), 2_000)))
                .isEqualTo("forged");
        assertThat(problem(signer.verify(q, 62_000))).isEqualTo("expired");
        String[] all = signer.signAll(token(TrackKind.IMPRESSION), "https://a.example/?x=1&y=2");
        assertThat(signer.verify(all[0], 2_000).orThrow()).isEqualTo(token(TrackKind.IMPRESSION));
        assertThat(signer.verify(all[1], 2_000).orThrow()).isEqualTo(token(TrackKind.CLICK));
        assertThat(signer.verify(all[2], 2_000).orThrow().kind()).isEqualTo(TrackKind.CONVERSION);
        assertThat(all[0].substring(all[0].indexOf("&s=")))
                .as("one signature per ad")
                .isEqualTo(all[1].substring(all[1].indexOf("&s=")))
                .isEqualTo(all[2].substring(all[2].indexOf("&s=")));
        // the kind is outside the signature: changing it yields exactly another URL issued with the same ad
        assertThat(all[0].replace("k=impression", "k=click")).isEqualTo(all[1]);
        assertThat(problem(signer.verify(all[1].replace("a.example", "evil.example"), 2_000)))
                .isEqualTo("forged");
        assertThat(problem(signer.verify(all[1].replace("&l=", "&x="), 2_000))).isEqualTo("forged");
        assertThat(problem(signer.verify(all[1].substring(all[1].indexOf('&') + 1), 2_000)))
                .isEqualTo("malformed");
        TrackingSigner other = new TrackingSigner("another-secret-of-16+".getBytes(StandardCharsets.UTF_8), 60_000);
        assertThat(problem(other.verify(q, 2_000))).isEqualTo("forged");
    }

    @Test
    void fraudRulesAndDuplicates() {
        assertThat(ledger.record(token(TrackKind.CLICK), 1_100).reason()).isEqualTo("no_impression");
        assertThat(ledger.record(token(TrackKind.IMPRESSION), 1_200).verdict())
                .isEqualTo(TrackOutcome.Verdict.ACCEPTED);
        assertThat(ledger.record(token(TrackKind.IMPRESSION), 1_300).verdict())
                .isEqualTo(TrackOutcome.Verdict.DUPLICATE);
        assertThat(ledger.record(token(TrackKind.CONVERSION), 1_300).reason()).isEqualTo("no_click");
        assertThat(ledger.record(token(TrackKind.CLICK), 1_300).reason()).isEqualTo("too_fast");
        assertThat(ledger.record(token(TrackKind.CLICK), 2_000).verdict()).isEqualTo(TrackOutcome.Verdict.ACCEPTED);
        assertThat(ledger.record(token(TrackKind.CLICK), 9_000).reason()).isEqualTo("replayed");
        assertThat(ledger.record(token(TrackKind.CONVERSION), 9_500).verdict())
                .isEqualTo(TrackOutcome.Verdict.ACCEPTED);
        assertThat(ledger.counts())
                .containsEntry("accepted_impression", 1L)
                .containsEntry("accepted_click", 1L)
                .containsEntry("no_impression", 1L)
                .containsEntry("too_fast", 1L)
                .containsEntry("replayed", 1L)
                .containsEntry("duplicate", 1L)
                .containsEntry("no_click", 1L);
    }

    private static String problem(Result<TrackingToken> r) {
        return ((Result.Err<TrackingToken>) r).problem().code();
    }

    @Test
    void hitsRestoredFromTheirEventIdsAreRefusedWhenReplayedAndIdsNotOursAreIgnored() {
        TrackingLedger restarted = new TrackingLedger(new TrackingPolicy(60_000, 5_000, 250));
        String id = TrackingLedger.eventId(TrackKind.CLICK, "dec-1", 0);
        assertThat(id).isEqualTo("ad-click-dec-1-0");
        assertThat(restarted.restore(TrackingLedger.eventId(TrackKind.IMPRESSION, "dec-1", 0), 1_000))
                .isTrue();
        assertThat(restarted.restore(id, 2_000)).isTrue();
        assertThat(restarted.record(token(TrackKind.CLICK), 30_000).reason()).isEqualTo("replayed");
        assertThat(restarted.record(token(TrackKind.CLICK), 3_000).verdict()).isEqualTo(TrackOutcome.Verdict.DUPLICATE);
        // a conversion after the restored click is still accepted: the rules see the click
        assertThat(restarted.record(token(TrackKind.CONVERSION), 31_000).verdict())
                .isEqualTo(TrackOutcome.Verdict.ACCEPTED);
        for (String notOurs : new String[] {"e1", "ad-", "ad-view-d-0", "ad-click-0", "ad-click-d-", "ad-click-d-x1"}) {
            assertThat(restarted.restore(notOurs, 1_000)).as(notOurs).isFalse();
        }
    }
}
