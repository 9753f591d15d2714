package io.heed.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Writes what the publisher itself knows about its entities: {@code items.csv}, {@code users.csv}, {@code ads.csv}. */
final class EntityWriter {
    static final String ITEMS_HEADER = "item_id,tenant_id,category,tags,price,title,description";
    static final String USERS_HEADER =
            "user_id,tenant_id,consent_personalisation,consent_advertising," + "consent_measurement,created_at,geo";
    static final String ADS_HEADER = "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,landing_item_id";

    private EntityWriter() {}

    static void items(Path file, String tenant, Catalog catalog) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            w.write(ITEMS_HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (Item it : catalog.items()) {
                sb.setLength(0);
                sb.append(it.id())
                        .append(',')
                        .append(tenant)
                        .append(',')
                        .append(it.category().wire)
                        .append(',');
                Csv.appendField(sb, String.join("|", it.tags()));
                sb.append(',');
                Csv.appendFixed(sb, it.price(), 2);
                sb.append(',');
                Csv.appendField(sb, it.title());
                sb.append(',');
                Csv.appendField(sb, it.description());
                sb.append('\n');
                w.append(sb);
            }
        }
    }

    /** All accounts, bots included: the publisher cannot tell them apart (only the truth can). */
    static void users(Path file, String tenant, UserPopulation population) throws IOException {
        Csv.Timestamps ts = new Csv.Timestamps();
        try (BufferedWriter w = Csv.open(file)) {
            w.write(USERS_HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(128);
            for (SimUser u : population.users()) {
                sb.setLength(0);
                sb.append(u.id())
                        .append(',')
                        .append(tenant)
                        .append(',')
                        .append(u.consentPersonalisation())
                        .append(',')
                        .append(u.consentAdvertising())
                        .append(',')
                        .append(u.consentMeasurement())
                        .append(',');
                ts.append(sb, u.createdAtMillis());
                sb.append(',').append(u.geo().name()).append('\n');
                w.append(sb);
            }
        }
    }

    static void ads(Path file, AdInventory inventory, Catalog catalog) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            w.write(ADS_HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(128);
            for (Ad ad : inventory.ads()) {
                sb.setLength(0);
                sb.append(ad.id())
                        .append(',')
                        .append(ad.advertiserId())
                        .append(',')
                        .append(ad.campaignId())
                        .append(',')
                        .append(ad.category().wire)
                        .append(',')
                        .append(ad.format().wire)
                        .append(',');
                Csv.appendFixed(sb, ad.bidCpm(), 2);
                sb.append(',').append(catalog.get(ad.landingItem()).id()).append('\n');
                w.append(sb);
            }
        }
    }
}
