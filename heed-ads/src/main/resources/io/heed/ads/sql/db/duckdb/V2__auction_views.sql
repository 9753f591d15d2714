-- Heed ads schema v2 (DuckDB): the auction log read as rows. Since this version each logged candidate is written as a JSON array
-- [campaign, creative, pricing, bid, p_click, p_convert, ecpm, throttle, participated] and each winner as
-- [position, campaign, creative, price, clearing_ecpm, charged_micros, propensity] (no repeated keys: half the
-- bytes, and the writer's cost, most of it the store compressing that text, halved with them); rows written by
-- ads schema v1 hold one object per candidate or winner with those names as keys. These views read both, in rank order
-- (rank 1 = the best) and slot order; a JSON null (a NaN or infinite score) reads as NULL.
CREATE VIEW ad_auction_candidates AS
SELECT decision_id, ts, rank,
       COALESCE(c->>0, c->>'campaign') AS campaign_id,
       COALESCE(c->>1, c->>'creative') AS creative_id,
       COALESCE(c->>2, c->>'pricing') AS pricing,
       CAST(COALESCE(c->>3, c->>'bid') AS DOUBLE) AS bid,
       CAST(COALESCE(c->>4, c->>'p_click') AS DOUBLE) AS p_click,
       CAST(COALESCE(c->>5, c->>'p_convert') AS DOUBLE) AS p_convert,
       CAST(COALESCE(c->>6, c->>'ecpm') AS DOUBLE) AS ecpm,
       CAST(COALESCE(c->>7, c->>'throttle') AS DOUBLE) AS throttle,
       CAST(COALESCE(c->>8, c->>'participated') AS BOOLEAN) AS participated
FROM (SELECT decision_id, ts, unnest(json_extract(candidates, '$[*]')) AS c,
             generate_subscripts(json_extract(candidates, '$[*]'), 1) AS rank
      FROM ad_auctions WHERE candidates IS NOT NULL) x;
CREATE VIEW ad_auction_winners AS
SELECT decision_id, ts,
       CAST(COALESCE(w->>0, w->>'position') AS INTEGER) AS position,
       COALESCE(w->>1, w->>'campaign') AS campaign_id,
       COALESCE(w->>2, w->>'creative') AS creative_id,
       CAST(COALESCE(w->>3, w->>'price') AS DOUBLE) AS price,
       CAST(COALESCE(w->>4, w->>'clearing_ecpm') AS DOUBLE) AS clearing_ecpm,
       CAST(COALESCE(w->>5, w->>'charged_micros') AS BIGINT) AS charged_micros,
       CAST(COALESCE(w->>6, w->>'propensity') AS DOUBLE) AS propensity
FROM (SELECT decision_id, ts, unnest(json_extract(winners, '$[*]')) AS w FROM ad_auctions
      WHERE winners IS NOT NULL) x;
