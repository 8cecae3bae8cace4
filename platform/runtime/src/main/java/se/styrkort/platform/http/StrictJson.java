package se.styrkort.platform.http;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON for every body every service reads, in one place: a duplicate key, anything after
 * the value, a number for a date or a boolean, a number written with more than
 * {@value Numbers#MAX_NUMBER_LENGTH} characters, a number no column or event consumer can hold and
 * a control character in a text are each refused, and the problem names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Makes the mapper strict; public so that a test can hold a plain mapper to the same rules. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Numeric text is never made a number when it is long: over MAX_NUMBER_LENGTH the deserializers
        // below refuse it by its length (naming the field), over MAX_PARSED_LENGTH the parser itself does.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(Numbers.MAX_PARSED_LENGTH).build());
        // 20390101 is not a date and 2 or "yes" not a boolean.
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("styrkort-strict-json");
        module.addDeserializer(String.class, new CleanText());
        module.addKeyDeserializer(String.class, new CleanKey());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        module.addDeserializer(Double.class, new BoundedDouble(Double.class));
        module.addDeserializer(Double.TYPE, new BoundedDouble(Double.TYPE));
        mapper.registerModule(module);
        return mapper;
    }

    /** Numeric text longer than any number we hold is refused by its length, before it is parsed. */
    static void refuseLong(JsonParser p, Class<?> type) throws IOException {
        if (p.currentToken() != null && p.currentToken().isNumeric() && p.getTextLength() > Numbers.MAX_NUMBER_LENGTH) {
            throw new RefusedValue(p, "is a number of more than " + Numbers.MAX_NUMBER_LENGTH + " characters",
                    p.getTextLength() + " characters", type);
        }
        // A tree (an import's row) holds 1e400 as an infinite double, which no decimal can be made of.
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && p.getNumberType() == JsonParser.NumberType.DOUBLE
                && !Double.isFinite(p.getDoubleValue())) {
            throw new RefusedValue(p, "is not a finite number", p.getText(), type);
        }
    }

    /** Text without NUL and other control characters. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            String refusal = text == null ? null : Texts.refusal(text);
            if (refusal != null) {
                throw new RefusedValue(p, refusal, text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A map's key, held to the same rule as its values. */
    static final class CleanKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            String refusal = Texts.refusal(key);
            if (refusal != null) {
                throw new RefusedValue(ctxt.getParser(), "key " + refusal, key, String.class);
            }
            return key;
        }
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            refuseLong(p, BigDecimal.class);
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            String refusal = Numbers.refusal(value);
            if (refusal != null) {
                throw new RefusedValue(p, refusal, value, BigDecimal.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    static final class BoundedDouble extends StdScalarDeserializer<Double> {

        private final JsonDeserializer<?> standard;

        @SuppressWarnings("unchecked")
        BoundedDouble(Class<?> type) {
            super((Class<Double>) type);
            standard = NumberDeserializers.find(type, type.getName());
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            refuseLong(p, Double.class);
            Double value = (Double) standard.deserialize(p, ctxt);
            String refusal = value == null ? null : Numbers.refusal(value);
            if (refusal != null) {
                throw new RefusedValue(p, refusal, value, Double.class);
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return (Double) standard.getNullValue(ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }
}
