package io.heed.ads.attention;

import io.heed.ads.port.AttentionEstimator;
import io.heed.ctr.CtrScorer;
import io.heed.ctr.PositionBias;
import io.heed.ctr.features.CtrRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * pClick from a trained click model (heed-ctr's {@link CtrScorer}, e.g. the file {@code heed ctr train} saves);
 * pConvert from another estimator (the click model does not predict conversions). Candidates are described with
 * the field names heed-ctr trains on from the simulator's impressions ({@code user, device, placement, position,
 * kind, target, category}); every candidate is scored at the serving position (see {@link PositionBias}) and a
 * request's candidates go to the model as one batch ({@link CtrScorer#predictAll}).
 */
public final class CtrModelEstimator implements AttentionEstimator {
    private final CtrScorer clicks;
    private final AttentionEstimator conversions;

    public CtrModelEstimator(CtrScorer clicks, AttentionEstimator conversions) {
        this.clicks = Objects.requireNonNull(clicks, "clicks");
        this.conversions = Objects.requireNonNull(conversions, "conversions");
    }

    @Override
    public Attention estimate(Query q) {
        return estimateAll(List.of(q)).get(0);
    }

    @Override
    public List<Attention> estimateAll(List<Query> queries) {
        List<CtrRequest> requests = new ArrayList<>(queries.size());
        for (Query q : queries) {
            requests.add(request(q));
        }
        double[] p = clicks.predictAll(requests);
        List<Attention> out = new ArrayList<>(queries.size());
        for (int i = 0; i < p.length; i++) {
            double pClick = Double.isFinite(p[i]) ? Math.min(1, Math.max(0, p[i])) : 0; // the scorer promises [0, 1]
            out.add(new Attention(pClick, conversions.estimate(queries.get(i)).pConvert()));
        }
        return out;
    }

    /** The model's view of one candidate impression; absent fields stay missing (the model encodes them so). */
    public static CtrRequest request(Query q) {
        return CtrRequest.builder()
                .put("user", q.userId())
                .put("device", q.device())
                .put("placement", q.placementId())
                .put("position", PositionBias.SERVING_POSITION)
                .put("kind", "ad")
                .put("target", q.campaignId())
                .put("category", q.context())
                .build();
    }
}
