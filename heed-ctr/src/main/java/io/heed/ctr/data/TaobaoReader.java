package io.heed.ctr.data;

import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.features.NumericField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Taobao UserBehavior ({@code user,item,category,behavior,unix seconds}) as a post-click task: every page view
 * ({@code pv}) is a row, labelled 1 when the same user puts the same item in the cart or buys it at or after the
 * view. Features: user, item, category, hour, and the user's and the item's earlier view counts in the file. The
 * snapshot's last line may be cut short by its uploader; only that final line may be incomplete (it is skipped),
 * anywhere else a bad row is an error naming the line.
 */
public final class TaobaoReader {
    private TaobaoReader() {}

    public static FeatureSpec spec(int bits) {
        return new FeatureSpec(
                bits,
                List.of("user", "item", "category", "hour"),
                List.of(
                        new NumericField("user_views", NumericField.Transform.LOG_BUCKET),
                        new NumericField("item_views", NumericField.Transform.LOG_BUCKET)),
                List.of(List.of("user", "category")));
    }

    private record Event(String user, String item, String category, String behavior, long seconds) {}

    /** Reads the file; returns how many rows were skipped as a truncated final line (0 or 1). */
    public static int read(Path file, RowSink sink) throws IOException {
        List<String> lines = new ArrayList<>();
        Lines.each(file, (n, line) -> lines.add(line));
        List<Event> events = new ArrayList<>(lines.size());
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            boolean ok = f.length == 5 && f[4].length() == 10 && f[4].chars().allMatch(Character::isDigit);
            if (!ok) {
                if (i == lines.size() - 1) {
                    skipped++;
                    continue;
                }
                throw new MalformedDataException(
                        file,
                        i + 1,
                        "expected user,item,category,behavior,10-digit unix" + " seconds, found '" + line + "'");
            }
            if (!List.of("pv", "fav", "cart", "buy").contains(f[3])) {
                throw new MalformedDataException(
                        file, i + 1, "behavior must be pv, fav, cart or buy, was '" + f[3] + "'");
            }
            events.add(new Event(f[0], f[1], f[2], f[3], Long.parseLong(f[4])));
        }
        Map<String, Long> lastConversion = new HashMap<>();
        for (Event e : events) {
            if (e.behavior().equals("cart") || e.behavior().equals("buy")) {
                lastConversion.merge(e.user() + "|" + e.item(), e.seconds(), Math::max);
            }
        }
        Map<String, Integer> userViews = new HashMap<>();
        Map<String, Integer> itemViews = new HashMap<>();
        for (Event e : events) {
            if (!e.behavior().equals("pv")) {
                continue;
            }
            Long conv = lastConversion.get(e.user() + "|" + e.item());
            float label = conv != null && conv >= e.seconds() ? 1f : 0f;
            int uv = userViews.merge(e.user(), 1, Integer::sum) - 1;
            int iv = itemViews.merge(e.item(), 1, Integer::sum) - 1;
            CtrRequest r = CtrRequest.builder()
                    .put("user", e.user())
                    .put("item", e.item())
                    .put("category", e.category())
                    .put("hour", Long.toString(e.seconds() / 3600 % 24))
                    .put("user_views", uv)
                    .put("item_views", iv)
                    .build();
            sink.accept(new LabelledRow(r, label, e.seconds() * 1000));
        }
        return skipped;
    }
}
