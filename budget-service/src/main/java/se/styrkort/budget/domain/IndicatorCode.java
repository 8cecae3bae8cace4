package se.styrkort.budget.domain;

/**
 * The financial indicators budget-service derives or records, as goals' targets name them
 * ("Högst 2,3 %" net cost development, "95 %" supplier loyalty).
 */
public enum IndicatorCode {
    /** Nettokostnadsutveckling: net cost of January to the period's end against the same months last year, in %. */
    NET_COST_DEVELOPMENT,
    /** Bruttokostnadsutveckling: gross cost (all costs) likewise, in %. */
    GROSS_COST_DEVELOPMENT,
    /** Självfinansieringsgrad: (result against the budget + depreciation) over the investments' outcome to date, in %. */
    SELF_FINANCING_DEGREE,
    /** Avtalstrohet: the share of purchases from contracted suppliers, recorded by an economist, in %. */
    SUPPLIER_LOYALTY
}
