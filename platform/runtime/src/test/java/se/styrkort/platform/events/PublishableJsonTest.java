package se.styrkort.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** No event enters the outbox that its consumers cannot read. */
class PublishableJsonTest {

    record Target(int year, BigDecimal value) {
    }

    record State(String name, BigDecimal tolerance, Double share, List<Target> targets) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    private Problem.Violation refused(Object state) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PublishableJson.write(mapper, new Outbox.EventData(ChangeType.CREATED, 0, state), "indicator"));
        assertEquals(422, e.toProblem().status());
        return e.toProblem().violations().get(0);
    }

    @Test
    void aReadableStateIsWrittenAsJacksonWritesIt() throws Exception {
        State state = new State("Sjukfrånvaro\n", new BigDecimal("0.50"), 87.5,
                List.of(new Target(2024, new BigDecimal("12345678901234567890.123456789012"))));
        Object data = new Outbox.EventData(ChangeType.CREATED, 3, state);
        assertEquals(mapper.writeValueAsString(data), PublishableJson.write(mapper, data, "indicator"));
    }

    @Test
    void aNumberNoConsumerCanReadIsRefusedWithItsPath() {
        assertEquals("state.tolerance", refused(new State("x", new BigDecimal("1E+400"), null, List.of())).field());
        assertEquals("state.share", refused(new State("x", null, Double.POSITIVE_INFINITY, List.of())).field());
        assertEquals("state.share", refused(new State("x", null, Double.NaN, List.of())).field());
        assertEquals("state.targets[1].value", refused(new State("x", null, null,
                List.of(new Target(2024, BigDecimal.ONE), new Target(2025, new BigDecimal("-1E+309"))))).field());
    }

    @Test
    void aControlCharacterInAnyTextIsRefused() {
        assertEquals("state.name", refused(new State("a\u0000b", null, null, List.of())).field());
        assertEquals("state.codes", refused(Map.of("codes", Map.of("kolada\u0001", "x"))).field().substring(0, 11));
    }
}
