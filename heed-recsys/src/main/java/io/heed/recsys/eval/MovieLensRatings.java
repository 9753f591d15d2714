package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import io.heed.recsys.InteractionsBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reads MovieLens rating files as implicit interactions, exactly as peer-bench's loader does: every rating is one
 * interaction of weight 1 (the rating value is ignored, duplicates collapse), ids get dense indices in order of
 * first appearance. Formats, detected per line: {@code user,item,rating,ts} (ml-latest-small; header skipped),
 * tab-separated (ml-100k {@code u.data}) and {@code ::}-separated (ml-1m).
 */
public final class MovieLensRatings {
    /** System property naming the shared data folder; default {@code ../shared/data}. */
    public static final String DATA_PROPERTY = "heed.shared.data";

    private MovieLensRatings() {}

    public static Path sharedDataDir() {
        return Paths.get(System.getProperty(DATA_PROPERTY, "../shared/data"));
    }

    /** ml-latest-small's ratings.csv under a shared data folder. */
    public static Path small(Path dataDir) {
        return dataDir.resolve("movielens-small").resolve("ratings.csv");
    }

    /** ml-100k's u.data under a shared data folder. */
    public static Path ml100k(Path dataDir) {
        return dataDir.resolve("movielens-100k").resolve("u.data");
    }

    public static Interactions read(Path file) throws IOException {
        InteractionsBuilder b = new InteractionsBuilder().duplicates(InteractionsBuilder.Duplicates.MAX);
        try (BufferedReader br = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int lineNo = 0;
            while ((line = br.readLine()) != null) {
                lineNo++;
                line = line.trim();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f;
                if (line.contains("::")) {
                    f = line.split("::");
                } else if (line.indexOf('\t') >= 0) {
                    f = line.split("\t");
                } else if (line.indexOf(',') >= 0) {
                    f = line.split(",");
                } else {
                    f = line.split("\\s+");
                }
                long user;
                long item;
                try {
                    user = Long.parseLong(f[0].trim());
                    item = Long.parseLong(f[1].trim());
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    if (lineNo == 1) {
                        continue; // header
                    }
                    throw new IOException(file + ":" + lineNo + ": expected numeric user and item ids, got: " + line);
                }
                long ts = Long.MIN_VALUE;
                if (f.length >= 4) {
                    try {
                        ts = Long.parseLong(f[3].trim());
                    } catch (NumberFormatException e) {
                        ts = Long.MIN_VALUE;
                    }
                }
                if (ts == Long.MIN_VALUE) {
                    b.add(Long.toString(user), Long.toString(item), 1.0);
                } else {
                    b.add(Long.toString(user), Long.toString(item), 1.0, ts);
                }
            }
        }
        Interactions data = b.build();
        if (data.nnz() == 0) {
            throw new IOException(file + " holds no ratings");
        }
        return data;
    }
}
