package dk.beslutningsarkiv.minutes;

/** What a section of an item holds, which decides where its text goes in the meeting. */
enum SectionKind {
    /** Indstilling, Forslag, Beslutningspunkter: the recommendation. */
    RECOMMENDATION,
    /** Referat, Beslutning: this meeting's decision. */
    DECISION,
    /** Sagsforløb, or a decision of another meeting: history, never this meeting's decision. */
    HISTORY,
    /** Bilag: one attachment per line. */
    ATTACHMENTS,
    /** Sagsfremstilling, Resumé, free headings and untitled text. */
    OTHER
}
