package io.heed.events.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ratings.csv|userId,movieId,rating,timestamp|MOVIELENS_RATINGS",
                "u.data|196\t242\t3\t881250949|MOVIELENS_100K",
                "events.csv|timestamp,visitorid,event,itemid,transactionid|RETAILROCKET",
                "men.csv|,timestamp,item_id,position,click,propensity_score,user_feature_0|OBD",
                "train.csv|Id,Label,I1,I2|CRITEO",
                "UserBehavior.csv|1,2268318,2520377,pv,1511544070|TAOBAO",
                "e.jsonl|{\"type\":\"view\"}|EVENTS_JSONL",
                "items.csv|item_id,tenant_id,category,tags,price,title,description|ITEMS_CSV",
                "users.csv|user_id,tenant_id,consent_personalisation|USERS_CSV",
                "ads.csv|ad_id,advertiser_id|ADS_CSV",
                "links.csv|anonymous_id,user_id|IDENTITIES_CSV",
                "e.csv|event_id,type,user_id,item_id,timestamp|EVENTS_CSV"
            })
    void detectsFromNameAndHeader(String name, String header, IngestFormat expected) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, header + "\n");
        assertThat(FormatDetector.detect(f)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"mystery.csv,a;b;c", "empty.csv,''"})
    void isHonestWhenUnsure(String name, String header) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, header.isEmpty() ? "" : header + "\n");
        assertThat(FormatDetector.detect(f)).isEqualTo(Optional.empty());
    }
}
