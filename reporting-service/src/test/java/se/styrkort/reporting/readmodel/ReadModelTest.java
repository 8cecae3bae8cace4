package se.styrkort.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;

/** Reading states into rows, with the service's validator and mapper. */
@QuarkusTest
class ReadModelTest {

    @Inject
    ReadModel readModel;

    @Test
    void anIndicatorStatusMeasuredValueIsReadAsTotalWhicheverNameItHas() throws Exception {
        for (String name : new String[] { "total", "value" }) {
            String id = UUID.randomUUID().toString();
            IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), "se.styrkort.indicator-status.changed.v1",
                    "outcomes-service", "region-jh", "indicator-status", id, 0, ChangeType.CREATED,
                    readModel.mapper().readTree("{\"id\":\"" + id + "\",\"indicatorId\":\"" + UUID.randomUUID()
                            + "\",\"period\":\"2022-T2\",\"status\":\"RED\",\"reason\":\"MISSED\",\"" + name
                            + "\":5.90,\"women\":6.9,\"men\":4.8}"));

            IndicatorStatus row = (IndicatorStatus) readModel.read(event);

            assertThat(row.total).as(name).isEqualTo(new BigDecimal("5.90"));
            assertThat(row.women).isEqualTo(new BigDecimal("6.9"));
            assertThat(row.id).isEqualTo(UUID.fromString(id));
        }
    }
}
