package io.heed.ads.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The candidates and winners of a decision as compact JSON text for the auction log: one array per candidate,
 * {@code [campaign, creative, pricing, bid, p_click, p_convert, ecpm, throttle, participated]}, and per winner,
 * {@code [position, campaign, creative, price, clearing_ecpm, charged_micros, propensity]} — positional, as the
 * store's views {@code ad_auction_candidates} and {@code ad_auction_winners} read them (objects repeating ten keys
 * per candidate were half the bytes, and the store's compression of them most of the writer's cost). Candidates keep
 * rank order; at most {@link #MAX_CANDIDATES} are written (the count is stored beside).
 *
 * <p>Written with Jackson's streaming generator, one per thread, reused for every decision (this is on the serving
 * path). Numbers go through {@link CompactDecimal} (12 significant digits; NaN and infinities as {@code null}),
 * not Jackson's {@code Double.toString} text; control characters in ids are escaped as {@code \\u00xx} (lower-case
 * hex), as the hand-built writer before it did, so stored rows and new rows are the same bytes.
 */
final class DecisionJson {
    static final int MAX_CANDIDATES = Decision.LOGGED_CANDIDATES;
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new LowerHexControlEscapes());
    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

    private DecisionJson() {}

    static String candidates(Decision d) {
        return encode(d, true);
    }

    static String winners(Decision d) {
        return encode(d, false);
    }

    private static String encode(Decision d, boolean candidates) {
        Encoder e = ENCODER.get();
        try {
            return candidates ? e.candidates(d) : e.winners(d);
        } catch (IOException | RuntimeException ex) {
            ENCODER.remove(); // a generator that failed half-way holds a broken context: start afresh next time
            throw ex instanceof IOException io
                    ? new UncheckedIOException("writing the auction log JSON", io)
                    : (RuntimeException) ex;
        }
    }

    /** One thread's generator over its text buffer, and the scratch space for number text. */
    private static final class Encoder {
        final TextBuffer out = new TextBuffer();
        final JsonGenerator g;
        final StringBuilder number = new StringBuilder(32);
        char[] chars = new char[32];

        Encoder() {
            try {
                g = JSON.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            g.setRootValueSeparator(null); // each decision's array is its own document: nothing between them
        }

        String candidates(Decision d) throws IOException {
            g.writeStartArray();
            int n = 0;
            for (Candidate c : d.candidates()) {
                if (n++ == MAX_CANDIDATES) {
                    break;
                }
                g.writeStartArray();
                g.writeString(c.campaignId());
                g.writeString(c.creativeId());
                g.writeString(c.pricing().wire());
                number(c.bid());
                number(c.pClick());
                number(c.pConvert());
                number(c.ecpm());
                number(c.throttle());
                g.writeBoolean(c.participated());
                g.writeEndArray();
            }
            g.writeEndArray();
            return text();
        }

        String winners(Decision d) throws IOException {
            g.writeStartArray();
            for (ServedAd a : d.ads()) {
                g.writeStartArray();
                g.writeNumber(a.position());
                g.writeString(a.candidate().campaignId());
                g.writeString(a.candidate().creativeId());
                number(a.price());
                number(a.clearingEcpm());
                g.writeNumber(a.chargedMicros());
                number(a.propensity());
                g.writeEndArray();
            }
            g.writeEndArray();
            return text();
        }

        private void number(double v) throws IOException {
            if (!Double.isFinite(v)) {
                g.writeNull();
                return;
            }
            number.setLength(0);
            CompactDecimal.append(number, v);
            int n = number.length();
            if (n > chars.length) {
                chars = new char[n];
            }
            number.getChars(0, n, chars, 0);
            g.writeNumber(chars, 0, n);
        }

        private String text() throws IOException {
            g.flush();
            String s = out.text.toString();
            out.text.setLength(0);
            return s;
        }
    }

    /** The generator's target: a reused, unsynchronised text buffer. */
    private static final class TextBuffer extends Writer {
        final StringBuilder text = new StringBuilder(1024);

        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** JSON's standard escapes, but every control character as {@code \\u00xx} in lower-case hex. */
    private static final class LowerHexControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        private final SerializableString[] control = new SerializableString[0x20];

        LowerHexControlEscapes() {
            for (int c = 0; c < control.length; c++) {
                ascii[c] = CharacterEscapes.ESCAPE_CUSTOM;
                control[c] = new SerializedString(String.format("\\u%04x", c));
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
