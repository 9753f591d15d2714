package io.heed.ctr.data;

import io.heed.ctr.features.CtrRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * libFM / libSVM one-hot files such as Frappe's: {@code <label> <idx>:1 <idx>:1 ...} with label 1 / −1 (or 1 / 0).
 * The k-th pair of a line is field k (Frappe writes user, item, daytime, ... always in that order), so each row
 * becomes a request with one categorical field per position, named by {@code fields}. Time = line number.
 */
public final class LibfmReader {
    /** Frappe's ten fields in file order (its README). */
    public static final List<String> FRAPPE_FIELDS = List.of(
            "user", "item", "daytime", "weekday", "isweekend", "homework", "cost", "weather", "country", "city");

    private final List<String> fields;

    public LibfmReader(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    public void read(Path file, RowSink sink) throws IOException {
        Lines.each(file, (n, line) -> {
            String s = line.strip();
            if (s.isEmpty()) {
                return;
            }
            String[] t = s.split("\\s+");
            float label = switch (t[0]) {
                case "1", "+1", "1.0" -> 1f;
                case "-1", "0", "-1.0", "0.0" -> 0f;
                default -> throw new MalformedDataException(file, n, "label must be 1, -1 or 0, was '" + t[0] + "'");
            };
            if (t.length - 1 != fields.size()) {
                throw new MalformedDataException(
                        file, n, "expected " + fields.size() + " index:value pairs, found " + (t.length - 1));
            }
            CtrRequest.Builder b = CtrRequest.builder();
            for (int k = 1; k < t.length; k++) {
                int colon = t[k].indexOf(':');
                if (colon <= 0) {
                    throw new MalformedDataException(file, n, "pair " + k + " is not index:value: '" + t[k] + "'");
                }
                String idx = t[k].substring(0, colon);
                if (!idx.chars().allMatch(Character::isDigit)) {
                    throw new MalformedDataException(file, n, "pair " + k + " has a non-integer index: '" + t[k] + "'");
                }
                Lines.number(file, n, "value of pair " + k, t[k].substring(colon + 1));
                b.put(fields.get(k - 1), idx);
            }
            sink.accept(new LabelledRow(b.build(), label, n));
        });
    }
}
