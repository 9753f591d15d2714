package io.heed.recsys.sql;

import io.heed.recsys.cold.ItemContent;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Item content for cold-start similarity from the {@code items} catalogue: category, '|'-separated tags, title and description. */
public final class SqlItemContent {
    private SqlItemContent() {}

    /** Items of one tenant, or of all tenants when {@code tenant} is null, ordered by id. */
    public static List<ItemContent> read(HeedStore store, String tenant) {
        String sql = "SELECT item_id, category, tags, title, description FROM items"
                + (tenant == null ? "" : " WHERE tenant_id = ?") + " ORDER BY item_id";
        return store.read(c -> {
            List<ItemContent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (tenant != null) {
                    ps.setString(1, tenant);
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String tags = r.getString(3);
                        String text = String.join(" ", nz(r.getString(4)), nz(r.getString(5)));
                        out.add(new ItemContent(
                                r.getString(1),
                                r.getString(2),
                                tags == null ? List.of() : Arrays.asList(tags.split("\\|")),
                                text));
                    }
                }
            }
            return out;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
