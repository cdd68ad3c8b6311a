package nl.kenniskompas.keuzehulp.catalogue;

public enum InstrumentStatus {
    CONCEPT, GEPUBLICEERD, INGETROKKEN
}
