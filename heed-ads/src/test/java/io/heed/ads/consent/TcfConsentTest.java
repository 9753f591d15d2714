package io.heed.ads.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TcfConsentTest {

    /** A version-2 core segment of 30 bytes with the given purposes (1-based) consented. */
    static String core(int version, int... purposes) {
        byte[] b = new byte[30];
        for (int i = 0; i < 6; i++) {
            if ((version >> (5 - i) & 1) == 1) {
                b[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
        }
        for (int p : purposes) {
            int bit = 152 + p - 1;
            b[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Test
    void personalisedAdsNeedPurposesOneAndFour() {
        assertThat(TcfConsent.allowsPersonalisedAds(core(2, 1, 2, 3, 4))).isTrue();
        assertThat(TcfConsent.allowsPersonalisedAds(core(2, 1, 2, 4) + ".YAAAAAAAAAA"))
                .isTrue();
        assertThat(TcfConsent.allowsPersonalisedAds(core(2, 1, 2, 3))).isFalse();
        assertThat(TcfConsent.allowsPersonalisedAds(core(2, 4))).isFalse();
        assertThat(TcfConsent.allowsPersonalisedAds(core(1, 1, 4))).isFalse();
        assertThat(TcfConsent.allowsPersonalisedAds("not base64 !!")).isFalse();
        assertThat(TcfConsent.allowsPersonalisedAds("AAAA")).isFalse();
        assertThat(TcfConsent.allowsPersonalisedAds(null)).isFalse();
    }
}
