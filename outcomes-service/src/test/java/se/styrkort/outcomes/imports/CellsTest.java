package se.styrkort.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;

class CellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "87,5|87.5", "87.5|87.5", "1 234,50|1234.50", "1\u00A0234,5|1234.5",
            "1.234,5|1234.5", "1,234.5|1234.5", "\u22124,8|-4.8", "-0,25|-0.25", "' 12 '|12" })
    void readsNumbersAsSwedishSpreadsheetsWriteThem(String cell, String number) {
        assertThat(CellText.decimal("total", cell)).isEqualTo(new BigDecimal(number));
    }

    @ParameterizedTest
    @ValueSource(strings = { "many", "12 %", "1,2,3e", "--1" })
    void anythingElseRejectsTheRowNamingTheField(String cell) {
        assertThatThrownBy(() -> CellText.decimal("women", cell)).isInstanceOf(BadCell.class)
                .hasMessageStartingWith("women: ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  " })
    void anEmptyCellIsNoValue(String cell) {
        assertThat(CellText.decimal("men", cell)).isNull();
        assertThat(Cells.valueKind("valueKind", cell)).isNull();
    }
}
