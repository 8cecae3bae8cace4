package se.styrkort.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** No event enters the outbox that does not match the schema its consumers read it by. */
class EventSchemasTest {

    record Target(Object year) {
    }

    record State(Object id, Object name, List<Target> targets) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventSchemas schemas = new EventSchemas(mapper);

    private String payload(Object state) throws Exception {
        return mapper.writeValueAsString(new Outbox.EventData(ChangeType.UPDATED, 4, state));
    }

    private List<Problem.Violation> refused(String type, Object state) throws Exception {
        String payload = payload(state);
        ProblemException e = assertThrows(ProblemException.class, () -> schemas.check(type, payload));
        assertEquals(422, e.toProblem().status());
        return e.toProblem().violations();
    }

    @Test
    void aStateMatchingItsSchemaPasses() throws Exception {
        schemas.check("sample", payload(new State("a1", "Sjukfrånvaro", List.of(new Target(2026)))));
        schemas.check("sample", mapper.readTree(payload(new State("a1", "Väntetider", List.of()))));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        List<Problem.Violation> violations = refused("sample",
                new State("a1", "Sjukfrånvaro", List.of(new Target(2026), new Target("tjugo"))));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("state.targets[1].year", violations.get(0).field());
        assertTrue(violations.get(0).message().contains("integer"), violations.get(0).message());
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() throws Exception {
        List<Problem.Violation> violations = refused("sample", Map.of("id", "a1", "targets", List.of()));
        assertEquals(List.of("state.name"), violations.stream().map(Problem.Violation::field).toList(),
                violations.toString());
    }

    @Test
    void everySchemaErrorIsAViolation() throws Exception {
        List<Problem.Violation> violations = refused("sample", new State(7, "a name longer than twenty", null));
        assertEquals(3, violations.size(), violations.toString());
        assertEquals(List.of("state.id", "state.name", "state.targets"),
                violations.stream().map(Problem.Violation::field).sorted().toList());
    }

    @Test
    void aTypeWithoutSchemaIsNotChecked() throws Exception {
        schemas.check("no-such-type", payload(Map.of("anything", 1)));
        schemas.check("no-such-type", payload(Map.of("anything", 1)));
    }
}
