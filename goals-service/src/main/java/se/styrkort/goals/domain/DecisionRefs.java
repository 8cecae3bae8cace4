package se.styrkort.goals.domain;

/** Diarienummer as the seeds write them: the body's letters, a running number, the year (RS/452/2022). */
final class DecisionRefs {

    static final String PATTERN = "[A-ZÅÄÖ]{1,10}/[0-9]{1,6}/(19|20|21)[0-9]{2}";
    static final String MESSAGE = "must be a diarienummer such as RS/452/2022";

    private DecisionRefs() {
    }
}
