-- Heed ads schema v2 (PostgreSQL): the auction log read as rows. Since this version each logged candidate is written as a JSON
-- array [campaign, creative, pricing, bid, p_click, p_convert, ecpm, throttle, participated] and each winner as
-- [position, campaign, creative, price, clearing_ecpm, charged_micros, propensity] (no repeated keys: half the
-- bytes); rows written by ads schema v1 hold one object per candidate or winner with those names as keys. These views
-- read both, in rank order (rank 1 = the best) and slot order; a JSON null (a NaN or infinite score) reads as NULL.
CREATE VIEW ad_auction_candidates AS
SELECT a.decision_id, a.ts, e.rank,
       COALESCE(e.c->>0, e.c->>'campaign') AS campaign_id,
       COALESCE(e.c->>1, e.c->>'creative') AS creative_id,
       COALESCE(e.c->>2, e.c->>'pricing') AS pricing,
       CAST(COALESCE(e.c->>3, e.c->>'bid') AS DOUBLE PRECISION) AS bid,
       CAST(COALESCE(e.c->>4, e.c->>'p_click') AS DOUBLE PRECISION) AS p_click,
       CAST(COALESCE(e.c->>5, e.c->>'p_convert') AS DOUBLE PRECISION) AS p_convert,
       CAST(COALESCE(e.c->>6, e.c->>'ecpm') AS DOUBLE PRECISION) AS ecpm,
       CAST(COALESCE(e.c->>7, e.c->>'throttle') AS DOUBLE PRECISION) AS throttle,
       CAST(COALESCE(e.c->>8, e.c->>'participated') AS BOOLEAN) AS participated
FROM ad_auctions a CROSS JOIN LATERAL jsonb_array_elements(a.candidates::jsonb) WITH ORDINALITY AS e(c, rank);
CREATE VIEW ad_auction_winners AS
SELECT a.decision_id, a.ts,
       CAST(COALESCE(e.w->>0, e.w->>'position') AS INTEGER) AS position,
       COALESCE(e.w->>1, e.w->>'campaign') AS campaign_id,
       COALESCE(e.w->>2, e.w->>'creative') AS creative_id,
       CAST(COALESCE(e.w->>3, e.w->>'price') AS DOUBLE PRECISION) AS price,
       CAST(COALESCE(e.w->>4, e.w->>'clearing_ecpm') AS DOUBLE PRECISION) AS clearing_ecpm,
       CAST(COALESCE(e.w->>5, e.w->>'charged_micros') AS BIGINT) AS charged_micros,
       CAST(COALESCE(e.w->>6, e.w->>'propensity') AS DOUBLE PRECISION) AS propensity
FROM ad_auctions a CROSS JOIN LATERAL jsonb_array_elements(a.winners::jsonb) AS e(w);
