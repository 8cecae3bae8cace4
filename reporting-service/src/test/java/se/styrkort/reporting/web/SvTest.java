package se.styrkort.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.reporting.report.GoalDetail;

/** Swedish numbers, amounts, periods and statuses, and an indicator's status in words. */
class SvTest {

    private static String plain(String s) {
        return s.replace('\u00a0', ' ');
    }

    @Test
    void numbersAndAmountsAreWrittenAsInSwedish() {
        assertThat(plain(Sv.dec(new BigDecimal("2972.24"), 1))).isEqualTo("2 972,2");
        assertThat(plain(Sv.mnkr(new BigDecimal("2972200000")))).isEqualTo("2 972,2 mnkr");
        assertThat(plain(Sv.mnkr(new BigDecimal("-210000")))).isEqualTo("-0,2 mnkr");
        assertThat(plain(Sv.tkr(new BigDecimal("3491000")))).isEqualTo("3 491 tkr");
        assertThat(plain(Sv.pct(new BigDecimal("4.5")))).isEqualTo("4,5 %");
        assertThat(plain(Sv.pct(25))).isEqualTo("25 %");
        assertThat(plain(Sv.value(new BigDecimal("4.50"), "%"))).isEqualTo("4,5 %");
        assertThat(Sv.num(null)).isEqualTo("–");
    }

    @Test
    void periodsAndStatusesHaveTheirWords() {
        assertThat(Sv.period("2022-T2")).isEqualTo("2022 tertial 2 (delår)");
        assertThat(Sv.period("2022")).isEqualTo("2022 helår");
        assertThat(Sv.period("2022-08")).isEqualTo("augusti 2022");
        assertThat(Sv.status("YELLOW")).isEqualTo("Gul");
        assertThat(Sv.mark("YELLOW")).isEqualTo("▲");
        assertThat(Sv.status("NOT_MEASURABLE")).isEqualTo("Ej mätbar");
        assertThat(Sv.meaning("RED")).isEqualTo("ej uppfyllt");
    }

    @Test
    void anIndicatorsStatusIsSaidInWords() throws Exception {
        var target = new ObjectMapper()
                .readTree("{\"year\":2022,\"kind\":\"AT_MOST\",\"value\":4.8,\"wording\":\"Högst 4,8 %\"}");
        var met = new GoalDetail.IndicatorDetail(null, "Sjukfrånvaro", "%", "GREEN", "MET", new BigDecimal("4.5"), null, null,
                "ACCUMULATED", target, new BigDecimal("4.8"), null);
        assertThat(plain(Reasons.of(met))).isEqualTo("4,5 % mot målet högst 4,8 %: uppfyllt.");
        var near = new GoalDetail.IndicatorDetail(null, "Sjukfrånvaro", "%", "YELLOW", "WITHIN_TOLERANCE",
                new BigDecimal("5.1"), null, null, "ACCUMULATED", target, new BigDecimal("4.8"), new BigDecimal("0.48"));
        assertThat(plain(Reasons.of(near))).isEqualTo("5,1 % mot målet högst 4,8 %: delvis uppfyllt (inom toleransen).");
        var none = new GoalDetail.IndicatorDetail(null, "Sjukfrånvaro", "%", "NOT_MEASURABLE", "NO_DATA", null, null, null,
                null, target, null, null);
        assertThat(Reasons.of(none)).isEqualTo("Inget utfall rapporterat för perioden: kan inte mätas.");
        var range = new ObjectMapper().readTree("{\"kind\":\"RANGE\",\"lo\":2,\"hi\":3}");
        assertThat(plain(Reasons.target(range, "%"))).isEqualTo("mellan 2 och 3 %");
    }

    @Test
    void aNumberIsReadAsPeopleWriteIt() {
        FormErrors errors = new FormErrors();
        assertThat(RecordingPages.number(errors, "total", "4,5", "Utfall")).isEqualByComparingTo("4.5");
        assertThat(RecordingPages.number(errors, "total", "1 234,5", "Utfall")).isEqualByComparingTo("1234.5");
        assertThat(RecordingPages.number(errors, "total", "−2,0", "Utfall")).isEqualByComparingTo("-2");
        assertThat(errors.any()).isFalse();
        assertThat(RecordingPages.number(errors, "women", "fyra", "Utfall kvinnor")).isNull();
        assertThat(errors.get("women")).isEqualTo("Utfall kvinnor måste vara ett tal, till exempel 4,5");
    }
}
