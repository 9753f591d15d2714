package io.heed.bench.ctr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.data.LabelledRow;
import io.heed.ctr.data.MalformedDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OBD logs joined with item_context.csv: features, the user's affinity summary, and named errors. */
class ObdReaderTest {
    private static final String HEADER = ",timestamp,item_id,position,click,propensity_score,user_feature_0,"
            + "user_feature_1,user_feature_2,user_feature_3,user-item_affinity_0,user-item_affinity_1,"
            + "user-item_affinity_2\n";
    private static final String CONTEXT = ",item_id,item_feature_0,item_feature_1,item_feature_2,item_feature_3\n"
            + "0,0,-0.5,a,b,c\n1,1,0.2,d,e,f\n2,2,1.5,g,h,i\n";

    @TempDir
    Path dir;

    private Path log(String rows) throws IOException {
        Files.writeString(dir.resolve("item_context.csv"), CONTEXT);
        return Files.writeString(dir.resolve("men.csv"), HEADER + rows);
    }

    @Test
    void rowsCarryTheShownItemsAffinityAndTheUsersWholeHistory() throws IOException {
        Path f = log("0,2019-11-24 00:03:13.442536+00:00,1,3,1,0.03,u0,u1,u2,u3,0.0,2.0,1.0\n"
                + "1,2019-11-24 00:04:13.000000+00:00,2,1,0,0.03,u0,u1,u2,u3,0.0,0.0,0.0\n");
        List<LabelledRow> rows = new ArrayList<>();

        ObdReader.read(f, "men", rows::add);

        assertThat(rows).hasSize(2);
        var first = rows.get(0);
        assertThat(first.label()).isEqualTo(1f);
        assertThat(first.request().get("item")).isEqualTo("1");
        assertThat(first.request().get("if1")).isEqualTo("d");
        assertThat(first.request().number("affinity")).isEqualTo(2.0);
        assertThat(first.request().number("affinity_sum")).isCloseTo(3.0, within(1e-12));
        assertThat(first.request().number("affinity_items")).isEqualTo(2.0);
        assertThat(rows.get(1).request().number("affinity_sum")).isZero();
        assertThat(rows.get(1).time() - first.time()).isEqualTo(59_558L);
        assertThat(ObdReader.spec(12).numeric()).hasSize(4);
    }

    @Test
    void malformedRowsNameFileLineAndField() throws IOException {
        String ok = "0,2019-11-24 00:03:13.442536+00:00,1,3,0,0.03,u0,u1,u2,u3,0.0,0.0,0.0\n";
        assertFails(log(ok + "1,yesterday,1,3,0,0.03,u0,u1,u2,u3,0.0,0.0,0.0\n"), "line 3", "bad timestamp");
        assertFails(
                log(ok + "1,2019-11-24 00:03:13.442536+00:00,1,3,0,0.03,u0,u1,u2,u3,0.0,x,0.0\n"),
                "line 3",
                "user-item_affinity_1 is not a number");
        assertFails(
                log(ok + "1,2019-11-24 00:03:13.442536+00:00,7,3,0,0.03,u0,u1,u2,u3,0.0,0.0,0.0\n"),
                "line 3",
                "no affinity column for item 7");
        assertFails(
                log(ok + "1,2019-11-24 00:03:13.442536+00:00,1,3,2,0.03,u0,u1,u2,u3,0.0,0.0,0.0\n"),
                "line 3",
                "label must be 1 or 0, was '2'");
        assertFails(log("1,2019-11-24 00:03:13.442536+00:00,1\n"), "line 2", "expected at least");
        Files.writeString(dir.resolve("bad.csv"), "timestamp,click\n");
        assertThatThrownBy(() -> ObdReader.read(dir.resolve("bad.csv"), "men", r -> {}))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("not an OBD header");
    }

    private void assertFails(Path f, String line, String problem) {
        assertThatThrownBy(() -> ObdReader.read(f, "men", r -> {}))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining(line)
                .hasMessageContaining(problem);
    }
}
