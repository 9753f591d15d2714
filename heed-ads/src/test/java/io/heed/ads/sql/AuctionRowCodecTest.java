package io.heed.ads.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ads.port.SpendHistory.Charge;
import io.heed.journal.RecordBytes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journal records of the auction log: rows and charges read back as written; damaged bytes are refused clearly. */
class AuctionRowCodecTest {
    private static final AuctionRow ROW = new AuctionRow(
            "d-1",
            "r\"1",
            "feed",
            1_795_000_000_123L,
            0.25,
            true,
            "u-é",
            null,
            null,
            121,
            "[[\"c1\",\"k1\",\"cpm\",2,0.01,0.1,2,1,true]]",
            "[]",
            List.of(
                    new Charge("d-1", "c1", 1_795_000_000_123L, "impression", 1_500),
                    new Charge("d-1", "c2", 1_795_000_000_123L, "impression", 7)));

    private static ByteBuffer bytes(RecordBytes b) {
        return ByteBuffer.wrap(Arrays.copyOf(b.bytes(), b.length()));
    }

    @Test
    void rowsAndChargesReadBackAsWritten() {
        assertThat(AuctionRowCodec.decode(bytes(AuctionRowCodec.encode(ROW)))).isEqualTo(ROW);
        Charge click = new Charge("d-2", "c9", 5L, "click", 10_000);
        ByteBuffer c = bytes(AuctionRowCodec.encode(click));
        assertThat(AuctionRowCodec.isCharge(c)).isTrue();
        assertThat(AuctionRowCodec.decodeCharge(c)).isEqualTo(click);
        assertThat(AuctionRowCodec.isCharge(bytes(AuctionRowCodec.encode(ROW)))).isFalse();
    }

    @Test
    void damagedRecordsAreRefusedNamingWhatIsWrong() {
        byte[] whole = Arrays.copyOf(
                AuctionRowCodec.encode(ROW).bytes(), AuctionRowCodec.encode(ROW).length());
        for (int cut : new int[] {0, 1, 5, whole.length / 2, whole.length - 1}) {
            assertThatThrownBy(() -> AuctionRowCodec.decode(ByteBuffer.wrap(Arrays.copyOf(whole, cut))))
                    .as("cut at %d", cut)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 3);
        assertThatThrownBy(() -> AuctionRowCodec.decode(ByteBuffer.wrap(longer)))
                .hasMessageContaining("after");
        byte[] version = whole.clone();
        version[0] = 9;
        assertThatThrownBy(() -> AuctionRowCodec.decode(ByteBuffer.wrap(version)))
                .hasMessageContaining("version");
        byte[] length = whole.clone();
        length[1] = 0x7f; // the first string's length, far beyond the record
        assertThatThrownBy(() -> AuctionRowCodec.decode(ByteBuffer.wrap(length)))
                .hasMessageContaining("length");
        assertThatThrownBy(() -> AuctionRowCodec.decodeCharge(ByteBuffer.wrap(whole)))
                .hasMessageContaining("not a charge");
    }
}
