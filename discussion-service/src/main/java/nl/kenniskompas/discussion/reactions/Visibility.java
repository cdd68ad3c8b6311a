package nl.kenniskompas.discussion.reactions;

/** Who may read a reaction: colleagues of the author's organisation (the default), or every organisation. */
public enum Visibility {
    ORGANISATIE,
    LANDELIJK
}
