package io.heed.events.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses a file's {@link IngestFormat} from its name and first line. Returns empty when unsure: the caller then
 * asks for {@code --format} with a message listing the formats, rather than loading a file wrongly.
 */
public final class FormatDetector {
    private FormatDetector() {}

    public static Optional<IngestFormat> detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return Optional.of(IngestFormat.EVENTS_PARQUET);
        }
        if (name.equals("u.data")) {
            return Optional.of(IngestFormat.MOVIELENS_100K);
        }
        String header = firstLine(file);
        if (header == null) {
            return Optional.empty();
        }
        String h = header.toLowerCase(Locale.ROOT).replace("\"", "").strip();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || h.startsWith("{")) {
            return Optional.of(IngestFormat.EVENTS_JSONL);
        }
        if (h.startsWith("userid,movieid,rating,timestamp")) {
            return Optional.of(IngestFormat.MOVIELENS_RATINGS);
        }
        if (h.startsWith("timestamp,visitorid,event,itemid")) {
            return Optional.of(IngestFormat.RETAILROCKET);
        }
        if (h.startsWith(",timestamp,item_id,position,click,propensity_score")) {
            return Optional.of(IngestFormat.OBD);
        }
        if (h.startsWith("id,label,i1,") || h.startsWith("label,i1,")) {
            return Optional.of(IngestFormat.CRITEO);
        }
        if (name.equals("userbehavior.csv")) {
            return Optional.of(IngestFormat.TAOBAO);
        }
        if (h.startsWith("anonymous_id,user_id")) {
            return Optional.of(IngestFormat.IDENTITIES_CSV);
        }
        if (h.startsWith("ad_id,")) {
            return Optional.of(IngestFormat.ADS_CSV);
        }
        if (h.startsWith("item_id,") && h.contains("category")) {
            return Optional.of(IngestFormat.ITEMS_CSV);
        }
        if (h.startsWith("user_id,") && h.contains("consent_")) {
            return Optional.of(IngestFormat.USERS_CSV);
        }
        if (h.contains("type") && h.contains("timestamp") && (h.contains("user_id") || h.contains("anonymous_id"))) {
            return Optional.of(IngestFormat.EVENTS_CSV);
        }
        return Optional.empty();
    }

    private static String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.readLine();
        }
    }
}
