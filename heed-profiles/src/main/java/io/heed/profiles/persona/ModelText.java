package io.heed.profiles.persona;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The persona model file's text, written with Jackson's generator in the layout model files have always had (so a
 * re-saved model diffs cleanly against an old one): objects one entry per line indented by two spaces,
 * {@code "key": value}; arrays of scalars on one line ({@code [1.0, 2.0]}), arrays of arrays or objects one element
 * per line; a final newline. Doubles as {@link Double#toString} (exact round trip); non-finite doubles are refused.
 * Control characters other than {@code \n}, {@code \r} and {@code \t} are escaped as {@code \\u00xx}.
 */
final class ModelText {
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new Escapes());

    private ModelText() {}

    static String write(JsonNode root) {
        StringWriter out = new StringWriter(4096);
        Layout layout = new Layout();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(layout);
            value(g, layout, root);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the persona model to memory failed", e);
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator g, Layout layout, JsonNode v) throws IOException {
        switch (v.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    g.writeFieldName(e.getKey());
                    value(g, layout, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                boolean flat = true;
                for (JsonNode x : v) {
                    flat &= !x.isContainerNode();
                }
                layout.nextArrayFlat = flat;
                g.writeStartArray();
                for (JsonNode x : v) {
                    value(g, layout, x);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(v.textValue());
            case BOOLEAN -> g.writeBoolean(v.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                if (v.isIntegralNumber()) {
                    g.writeNumber(v.longValue());
                } else {
                    double d = v.doubleValue();
                    if (!Double.isFinite(d)) {
                        throw new IllegalArgumentException("JSON cannot hold " + d);
                    }
                    g.writeNumber(d);
                }
            }
            default -> throw new IllegalArgumentException("cannot write " + v.getNodeType());
        }
    }

    /** The file's whitespace; told before each array whether it holds only scalars. */
    private static final class Layout implements PrettyPrinter {
        private final Deque<Boolean> flat = new ArrayDeque<>();
        boolean nextArrayFlat;

        private void newline(JsonGenerator g, int depth) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            flat.push(false);
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            flat.pop();
            if (entries > 0) {
                newline(g, flat.size());
            }
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g, flat.size());
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            flat.push(nextArrayFlat);
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            boolean f = flat.pop();
            if (!f && values > 0) {
                newline(g, flat.size());
            }
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            if (flat.peek()) {
                g.writeRaw(", ");
            } else {
                g.writeRaw(',');
                newline(g, flat.size());
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (!flat.peek()) {
                newline(g, flat.size());
            }
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newline(g, flat.size());
        }
    }

    /** JSON's standard escapes, with control characters other than \n, \r, \t as lower-case {@code \\u00xx}. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        private final SerializableString[] control = new SerializableString[0x20];

        Escapes() {
            for (int c = 0; c < control.length; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = CharacterEscapes.ESCAPE_CUSTOM;
                    control[c] = new SerializedString(String.format("\\u%04x", c));
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < control.length ? control[ch] : null;
        }
    }
}
