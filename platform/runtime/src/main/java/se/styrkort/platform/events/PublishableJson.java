package se.styrkort.platform.events;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.http.Numbers;
import se.styrkort.platform.http.Texts;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.problem.ProblemMappers;

/**
 * An event's data as JSON, checked as it is written: no event enters the outbox that its consumers
 * cannot read. A number that is not finite when a consumer reads it as a double ({@link Numbers}), or a text with a NUL or
 * another control character ({@link Texts}), fails
 * the change with 422 naming the value's path in the event, so the write and its event are rolled
 * back together.
 */
final class PublishableJson {

    private PublishableJson() {
    }

    static String write(ObjectMapper mapper, Object data, String aggregateType) throws JsonProcessingException {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator generator = new Checked(mapper.createGenerator(out))) {
            mapper.writeValue(generator, data);
        } catch (Unpublishable e) {
            throw new ProblemException(422, "Unprocessable Content", "The change cannot be published: the "
                    + aggregateType + " event would carry a value its consumers cannot read",
                    List.of(new Problem.Violation(ProblemMappers.pathOf(e), e.reason)));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("An event cannot be written to a string", e);
        }
        return out.toString();
    }

    /** Thrown from the generator; Jackson adds the path of the value as it unwinds. */
    static final class Unpublishable extends JsonMappingException {

        final String reason;

        Unpublishable(JsonGenerator generator, String reason) {
            super(generator, reason);
            this.reason = reason;
        }
    }

    private static final class Checked extends JsonGeneratorDelegate {

        Checked(JsonGenerator delegate) {
            super(delegate, false);
        }

        private void text(CharSequence text) throws Unpublishable {
            String refusal = text == null ? null : Texts.refusal(text);
            if (refusal != null) {
                throw new Unpublishable(this, refusal);
            }
        }

        private void number(String refusal) throws Unpublishable {
            if (refusal != null) {
                throw new Unpublishable(this, refusal);
            }
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            text(name);
            super.writeFieldName(name);
        }

        @Override
        public void writeString(String text) throws IOException {
            text(text);
            super.writeString(text);
        }

        @Override
        public void writeString(char[] text, int offset, int length) throws IOException {
            text(java.nio.CharBuffer.wrap(text, offset, length));
            super.writeString(text, offset, length);
        }

        @Override
        public void writeString(SerializableString text) throws IOException {
            text(text.getValue());
            super.writeString(text);
        }

        @Override
        public void writeString(Reader reader, int length) throws IOException {
            throw new Unpublishable(this, "is streamed text, which an event does not carry");
        }

        @Override
        public void writeNumber(double value) throws IOException {
            number(Numbers.unreadable(value));
            super.writeNumber(value);
        }

        @Override
        public void writeNumber(float value) throws IOException {
            number(Numbers.unreadable(value));
            super.writeNumber(value);
        }

        @Override
        public void writeNumber(BigDecimal value) throws IOException {
            number(Numbers.unreadable(value));
            super.writeNumber(value);
        }

        @Override
        public void writeNumber(String encoded) throws IOException {
            try {
                number(Numbers.unreadable(new BigDecimal(encoded)));
            } catch (NumberFormatException e) {
                throw new Unpublishable(this, "is not a number: " + encoded);
            }
            super.writeNumber(encoded);
        }
    }
}
