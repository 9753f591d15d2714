package io.heed.ctr.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every training-file reader: well-formed rows parse, malformed ones fail naming the file and the line. */
class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void libfm() throws IOException {
        Path f = write("a.libfm", "1 3:1 10:1\r\n-1 4:1 11:1\r\n");
        List<LabelledRow> rows = new ArrayList<>();
        new LibfmReader(List.of("user", "item")).read(f, rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).label()).isZero();
        assertThat(rows.get(1).request().get("item")).isEqualTo("11");

        assertFails(write("b.libfm", "1 3:1 10:1\n2 4:1 11:1\n"), "line 2", "label");
        assertFails(write("c.libfm", "1 3:1 10:1\n1 3:1\n"), "line 2", "expected 2");
        assertFails(write("d.libfm", "1 3:1 x:1\n"), "line 1", "non-integer");
        assertFails(write("e.libfm", "1 3:1 4:abc\n"), "line 1", "not a number");
    }

    private void assertFails(Path f, String line, String problem) {
        assertThatThrownBy(() -> new LibfmReader(List.of("user", "item")).read(f, r -> {}))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining(line)
                .hasMessageContaining(problem);
    }

    @Test
    void criteo() throws IOException {
        StringBuilder h = new StringBuilder("Id,Label");
        for (int i = 1; i <= 13; i++) {
            h.append(",I").append(i);
        }
        for (int i = 1; i <= 26; i++) {
            h.append(",C").append(i);
        }
        String ok = "7,1" + ",5".repeat(13) + ",ab".repeat(26);
        String missing = "8,0" + ",".repeat(13) + ",".repeat(26);
        List<LabelledRow> rows = new ArrayList<>();
        CriteoReader.read(write("c.csv", h + "\n" + ok + "\n" + missing + "\n"), rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).request().number("I3")).isEqualTo(5.0);
        assertThat(rows.get(1).request().get("C1")).isNull();

        Path bad = write("d.csv", h + "\n" + ok + "\n" + "9,1" + ",x".repeat(13) + ",ab".repeat(26) + "\n");
        assertThatThrownBy(() -> CriteoReader.read(bad, r -> {}))
                .hasMessageContaining("line 3")
                .hasMessageContaining("I1 is not a number");
        Path shortRow = write("e.csv", h + "\n7,1,5\n");
        assertThatThrownBy(() -> CriteoReader.read(shortRow, r -> {})).hasMessageContaining("line 2");
    }

    @Test
    void taobaoLabelsViewsByLaterCartOrBuyAndToleratesOnlyATruncatedLastLine() throws IOException {
        Path f = write("t.csv", "1,10,5,pv,1511658000\n1,10,5,cart,1511658100\n2,10,5,pv,1511658200\n2,11,5,pv,15");
        List<LabelledRow> rows = new ArrayList<>();
        int skipped = TaobaoReader.read(f, rows::add);
        assertThat(skipped).isEqualTo(1);
        assertThat(rows).extracting(LabelledRow::label).containsExactly(1f, 0f);
        assertThat(rows.get(1).request().number("item_views")).isEqualTo(1.0);

        Path bad = write("u.csv", "1,10,5,pv,15\n1,10,5,pv,1511658000\n");
        assertThatThrownBy(() -> TaobaoReader.read(bad, r -> {})).hasMessageContaining("line 1");
        Path badType = write("v.csv", "1,10,5,look,1511658000\n1,10,5,pv,1511658000\n");
        assertThatThrownBy(() -> TaobaoReader.read(badType, r -> {}))
                .hasMessageContaining("line 1")
                .hasMessageContaining("behavior");
    }

    @Test
    void missingFileIsNamed() {
        Path none = dir.resolve("none.libfm");
        assertThatThrownBy(() -> new LibfmReader(List.of("a")).read(none, r -> {}))
                .hasMessageContaining("none.libfm");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
