package io.heed.ads.sql;

import io.heed.ads.model.FrequencyCap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Sets and caps stored as text: values joined by '|' (sorted, so equal sets store equally), caps as max@seconds. */
final class ListColumns {
    private ListColumns() {}

    static String join(Set<String> values) {
        return String.join("|", new TreeSet<>(values));
    }

    static Set<String> split(String s) {
        return s == null || s.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split("\\|")));
    }

    static String caps(List<FrequencyCap> caps) {
        List<String> out = new ArrayList<>();
        caps.forEach(c -> out.add(c.maxImpressions() + "@" + c.window().toSeconds()));
        return String.join("|", out);
    }

    static List<FrequencyCap> caps(String s) {
        List<FrequencyCap> out = new ArrayList<>();
        for (String c : split(s)) {
            String[] p = c.split("@");
            out.add(new FrequencyCap(Integer.parseInt(p[0]), Duration.ofSeconds(Long.parseLong(p[1]))));
        }
        return out;
    }
}
