package se.styrkort.goals.domain;

/** What a line of a body's planning calendar is. */
public enum FollowUpItemKind {
    /** Sammanträdesplanering: a matter the body takes up at a meeting on the date. */
    MEETING,
    /** Uppföljningsplan: an area the body follows up during the plan's year; the date is optional. */
    FOLLOW_UP,
    /** Beredningsplan: a step in preparing the body's matters (inlämning, beredning) on the date. */
    PREPARATION
}
