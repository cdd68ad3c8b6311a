package nl.kenniskompas.infra.load;

/** A synthetic professional: a distinct voter (tenant + subject) with a token signed by the identity provider's key. */
public record Professional(String tenant, String subject, String token) {

    public String bearer() {
        return "Bearer " + token;
    }
}
