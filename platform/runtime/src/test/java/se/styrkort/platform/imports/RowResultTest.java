package se.styrkort.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A report's line names the record after what the service imports, and leaves out what it lacks. */
class RowResultTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aWrittenRowNamesItsRecordAndVersion() throws JsonProcessingException {
        UUID id = UUID.fromString("6c0f7f2e-2f4b-4b8e-9a57-3f1b0c2d9e11");
        assertThat(mapper.writeValueAsString(RowResult.of(1, RowOutcome.ACCEPTED, "measurementId", id, 0)))
                .isEqualTo("{\"row\":1,\"outcome\":\"ACCEPTED\",\"measurementId\":\"" + id + "\",\"version\":0}");
        assertThat(mapper.writeValueAsString(RowResult.of(2, RowOutcome.REVISED, "actualId", id, 3)))
                .isEqualTo("{\"row\":2,\"outcome\":\"REVISED\",\"actualId\":\"" + id + "\",\"version\":3}");
    }

    @Test
    void aRejectedRowSaysWhyAndANotWrittenOneNothingMore() throws JsonProcessingException {
        assertThat(mapper.writeValueAsString(RowResult.rejected(3, "period: must be a year")))
                .isEqualTo("{\"row\":3,\"outcome\":\"REJECTED\",\"reason\":\"period: must be a year\"}");
        assertThat(mapper.writeValueAsString(RowResult.notWritten(4))).isEqualTo("{\"row\":4,\"outcome\":\"NOT_WRITTEN\"}");
    }
}
