/**
 * Stage 4 of the pipeline, ad delivery: turns predicted attention into money. Sub-packages: {@code model}
 * (entities), {@code port} (what the edges implement), {@code decide} (eligibility, scoring, auction, pacing,
 * budgets, caps), {@code attention} (default click/conversion estimates), {@code tracking} (signed URLs, fraud
 * checks), {@code consent} (TCF strings). Uses heed-core and heed-events only; no framework, no JDBC.
 */
package io.heed.ads;
