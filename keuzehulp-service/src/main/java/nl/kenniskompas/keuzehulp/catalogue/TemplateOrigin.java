package nl.kenniskompas.keuzehulp.catalogue;

/** The national template an instrument was copied from, and which version of it. */
public record TemplateOrigin(String templateId, long version) {
}
