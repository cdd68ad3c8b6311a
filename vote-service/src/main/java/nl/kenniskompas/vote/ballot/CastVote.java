package nl.kenniskompas.vote.ballot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The request body of {@code PUT /api/v1/kopkrakers/{id}/stem}. */
record CastVote(@NotBlank(message = "Kies een optie.") @Size(max = 40, message = "Maximaal 40 tekens.") String optionId) {
}
