package io.heed.events.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Heed ingests. {@link #EVENTS_CSV}, {@link #EVENTS_JSONL} and {@link #EVENTS_PARQUET} carry the
 * canonical event columns (docs/formats.md); the others are built-in mappings of public data sets and of catalog
 * files. {@link FormatDetector} picks one from the file name and header when none is given.
 */
public enum IngestFormat {
    EVENTS_CSV(Kind.EVENTS, "canonical events, CSV with a header"),
    EVENTS_JSONL(Kind.EVENTS, "canonical events, one JSON object per line"),
    EVENTS_PARQUET(Kind.EVENTS, "canonical events, Parquet"),
    MOVIELENS_RATINGS(Kind.EVENTS, "MovieLens ratings.csv (userId,movieId,rating,timestamp)"),
    MOVIELENS_100K(Kind.EVENTS, "MovieLens 100k u.data (user, item, rating, epoch seconds; tab separated)"),
    RETAILROCKET(Kind.EVENTS, "RetailRocket events.csv (timestamp,visitorid,event,itemid,transactionid)"),
    TAOBAO(Kind.EVENTS, "Taobao UserBehavior.csv (user,item,category,behavior,epoch seconds; no header)"),
    CRITEO(Kind.EVENTS, "Criteo display-ad log (label, I1-I13, C1-C26; CSV with header or TSV without)"),
    OBD(Kind.EVENTS, "Open Bandit Dataset log (timestamp,item_id,position,click,propensity_score,...)"),
    ITEMS_CSV(Kind.ITEMS, "item catalog (item_id,category,tags,price,title,description)"),
    USERS_CSV(Kind.USERS, "users and consents (user_id,consent_personalisation,consent_advertising,...)"),
    ADS_CSV(Kind.ADS, "ad inventory (ad_id,advertiser_id,campaign_id,category,format,bid_cpm,landing_item_id)"),
    IDENTITIES_CSV(Kind.IDENTITIES, "identity links (anonymous_id,user_id)");

    /** What a format loads into. */
    public enum Kind {
        EVENTS,
        ITEMS,
        USERS,
        ADS,
        IDENTITIES
    }

    private final Kind kind;
    private final String description;

    IngestFormat(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The name used on the command line, e.g. {@code movielens-ratings}. */
    /**
     * The earliest plausible event time of this format: public research logs predate the default bound of
     * 2000 (MovieLens ratings start in 1995), so their mappings relax it; other formats keep the default.
     */
    public Optional<java.time.Instant> earliestPlausible() {
        return this == MOVIELENS_RATINGS || this == MOVIELENS_100K
                ? Optional.of(java.time.Instant.parse("1995-01-01T00:00:00Z"))
                : Optional.empty();
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IngestFormat> fromCliName(String name) {
        for (IngestFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
