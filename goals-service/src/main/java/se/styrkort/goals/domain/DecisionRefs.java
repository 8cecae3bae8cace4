package se.styrkort.goals.domain;

/**
 * Decision references as the regions write them: a diarienummer (the body's letters, a running
 * number, the year: RS/452/2022) or a paragraph of the minutes (§ 123, RS § 123).
 */
final class DecisionRefs {

    static final String PATTERN = "[A-ZÅÄÖ]{1,10}/[0-9]{1,6}/(19|20|21)[0-9]{2}|([A-ZÅÄÖ]{1,10} )?§ ?[0-9]{1,5}";
    static final String MESSAGE = "must be a diarienummer such as RS/452/2022 or a paragraph such as § 123";

    private DecisionRefs() {
    }
}
