/**
 * Stage 4 of the pipeline, ad delivery: turns predicted attention into money. Sub-packages: {@code model}
 * (entities), {@code port} (what the edges implement), {@code decide} (eligibility, scoring, auction, pacing,
 * budgets, caps), {@code attention} (default click/conversion estimates), {@code tracking} (signed URLs, fraud
 * checks), {@code consent} (TCF strings), {@code sql} (the room's SQL adapters, migrations and auction journal).
 * Outside {@code sql} the room is plain Java over heed-core and heed-ctr (attention); only {@code sql} may use
 * heed-storage, heed-journal and JDBC. No framework.
 */
package io.heed.ads;
