package nl.kenniskompas.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A minimal service on the platform, to test what every service inherits from it. */
@SpringBootApplication
class PlatformTestApplication {

    record Note(@NotBlank @Size(max = 20) String text, @NotNull Integer count) {
    }

    @RestController
    static class EchoController {

        @GetMapping("/api/v1/echo/caller")
        Map<String, Object> caller(Caller caller) {
            return Map.of("tenant", caller.tenantId(), "subject", caller.subject(), "roles", caller.roles());
        }

        @GetMapping("/api/v1/echo/redactie")
        Map<String, Object> redactie(Caller caller) {
            caller.require(Role.REDACTEUR);
            return Map.of("ok", true);
        }

        @GetMapping("/api/v1/echo/missing")
        Map<String, Object> missing() {
            throw Problem.notFound("Deze notitie bestaat niet.");
        }

        @GetMapping("/api/v1/echo/crash")
        Map<String, Object> crash() {
            throw new IllegalStateException("internal detail that must not leak");
        }

        @GetMapping("/api/v1/echo/raced")
        Map<String, Object> raced() {
            throw new org.springframework.dao.OptimisticLockingFailureException("version 3 expected, found 4");
        }

        @PostMapping("/api/v1/echo/notes")
        Note note(@Valid @RequestBody Note note) {
            return note;
        }
    }
}
