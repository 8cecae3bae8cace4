package se.styrkort.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    record Target(Integer year, BigDecimal value) {
    }

    record Input(String name, Boolean genderSplit, LocalDate adoptedDate, BigDecimal tolerance, double share,
            List<Target> targets, Map<String, String> externalCodes) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Input read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Input.class);
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(
                    ref.getFieldName() != null ? (path.isEmpty() ? "" : ".") + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    @Test
    void goodInputIsRead() throws Exception {
        Input input = read("{\"name\":\"Rad 1\\nRad\\t2\",\"genderSplit\":true,\"adoptedDate\":\"2024-03-01\","
                + "\"tolerance\":0.5,\"share\":87.5,\"targets\":[{\"year\":2024,\"value\":-1234567890123456.25}],"
                + "\"externalCodes\":{\"kolada\":\"N00945\"}}");
        assertEquals("Rad 1\nRad\t2", input.name());
        assertEquals(LocalDate.of(2024, 3, 1), input.adoptedDate());
        assertEquals(new BigDecimal("-1234567890123456.25"), input.targets().get(0).value());
    }

    @Test
    void duplicateKeysAndTrailingTokensAreRefused() {
        JsonProcessingException duplicate = assertThrows(JsonProcessingException.class,
                () -> read("{\"name\":\"a\",\"name\":\"b\"}"));
        assertTrue(duplicate.getOriginalMessage().contains("Duplicate field 'name'"), duplicate.getMessage());
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\":1,\"a\":2}"));
        assertThrows(JsonProcessingException.class, () -> read("{\"name\":\"a\"} garbage"));
        assertThrows(JsonProcessingException.class, () -> read("{\"name\":\"a\"}{}"));
    }

    @Test
    void numbersAreNotDatesOrBooleans() {
        assertEquals("adoptedDate", field(assertThrows(JsonMappingException.class, () -> read("{\"adoptedDate\":20390101}"))));
        assertEquals("genderSplit", field(assertThrows(JsonMappingException.class, () -> read("{\"genderSplit\":2}"))));
        assertEquals("genderSplit", field(assertThrows(JsonMappingException.class, () -> read("{\"genderSplit\":\"true\"}"))));
        assertThrows(JsonMappingException.class, () -> read("{\"adoptedDate\":\"2023-02-30\"}"));
    }

    @Test
    void numbersNoStoreOrConsumerHoldsAreRefusedNamingTheField() {
        RefusedValue huge = assertThrows(RefusedValue.class, () -> read("{\"tolerance\":1e400}"));
        assertEquals("tolerance", field(huge));
        assertEquals("targets[0].value", field(assertThrows(RefusedValue.class,
                () -> read("{\"targets\":[{\"year\":2024,\"value\":12345678901234567}]}"))));
        assertThrows(RefusedValue.class, () -> read("{\"tolerance\":1e-400}"));
        assertThrows(RefusedValue.class, () -> read("{\"share\":1e400}"));
        // An import reads a row as a tree first, where 1e400 is an infinite double.
        assertEquals("tolerance", field(assertThrows(RefusedValue.class,
                () -> mapper.treeToValue(mapper.readTree("{\"tolerance\":1e400}"), Input.class))));
        assertThrows(JsonProcessingException.class, () -> read("{\"share\":NaN}"));
        // Over-long numeric text is refused by its length before it is parsed, naming the field; the
        // parser itself refuses what is longer still.
        assertEquals("tolerance",
                field(assertThrows(RefusedValue.class, () -> read("{\"tolerance\":0.1" + "0".repeat(900) + "}"))));
        long start = System.nanoTime();
        assertThrows(StreamConstraintsException.class, () -> read("{\"tolerance\":1" + "0".repeat(300_000) + "}"));
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("{\"tolerance\":1" + "0".repeat(300_000) + "}"));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    @Test
    void controlCharactersAreRefusedInTextsAndKeys() {
        RefusedValue nul = assertThrows(RefusedValue.class, () -> read("{\"name\":\"a\\u0000b\"}"));
        assertEquals("name", field(nul));
        assertTrue(nul.reason().contains("U+0000"));
        assertEquals("externalCodes.kolada", field(assertThrows(RefusedValue.class,
                () -> read("{\"externalCodes\":{\"kolada\":\"\\u001b[2J\"}}"))));
        assertThrows(RefusedValue.class, () -> read("{\"externalCodes\":{\"a\\u0000\":\"x\"}}"));
    }
}
