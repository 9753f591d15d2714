package io.heed.ctr.features;

import java.nio.charset.StandardCharsets;

/**
 * The hashing trick: MurmurHash3 (x86, 32-bit, seed 0) of the UTF-8 feature name, masked to 2^bits slots. Stable
 * across JVMs and versions (it is part of the artifact format), unlike {@code String.hashCode} it mixes well.
 */
public final class FeatureHasher {
    private FeatureHasher() {}

    public static int slot(String name, int bits) {
        return murmur3(name.getBytes(StandardCharsets.UTF_8)) & ((1 << bits) - 1);
    }

    @SuppressWarnings("fallthrough") // MurmurHash3's tail: each case adds one more byte
    static int murmur3(byte[] data) {
        final int c1 = 0xcc9e2d51;
        final int c2 = 0x1b873593;
        int h = 0;
        int n = data.length & ~3;
        for (int i = 0; i < n; i += 4) {
            int k = (data[i] & 0xff)
                    | (data[i + 1] & 0xff) << 8
                    | (data[i + 2] & 0xff) << 16
                    | (data[i + 3] & 0xff) << 24;
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        switch (data.length & 3) {
            case 3:
                k ^= (data[n + 2] & 0xff) << 16;
            // fall through
            case 2:
                k ^= (data[n + 1] & 0xff) << 8;
            // fall through
            case 1:
                k ^= data[n] & 0xff;
                k *= c1;
                k = Integer.rotateLeft(k, 15);
                k *= c2;
                h ^= k;
                break;
            default:
                break;
        }
        h ^= data.length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
