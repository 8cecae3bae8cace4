package se.styrkort.goals.domain;

/** Regionfullmäktige, regionstyrelse, nämnd, förvaltning, division, område, enhet. */
public enum OrgUnitKind {
    COUNCIL,
    BOARD,
    COMMITTEE,
    ADMINISTRATION,
    DIVISION,
    AREA,
    UNIT
}
