package nl.kenniskompas.kopkraker.casus;

/** Whose professionals a Kopkraker is written for. */
public enum Audience {
    GEMEENTE,
    UWV,
    BEIDE
}
