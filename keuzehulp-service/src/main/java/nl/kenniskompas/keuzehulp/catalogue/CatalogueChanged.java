package nl.kenniskompas.keuzehulp.catalogue;

/** Something in an organisation's catalogue changed: whoever caches it reads it again. */
public record CatalogueChanged(String tenant) {
}
