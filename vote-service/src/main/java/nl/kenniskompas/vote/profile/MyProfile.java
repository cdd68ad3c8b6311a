package nl.kenniskompas.vote.profile;

import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A professional's own profile: read it, change it. A vote takes a snapshot of it (see {@code CastingVote}). */
@Service
public class MyProfile {

    private final Profiles profiles;
    private final Pseudonyms pseudonyms;

    MyProfile(Profiles profiles, Pseudonyms pseudonyms) {
        this.profiles = profiles;
        this.pseudonyms = pseudonyms;
    }

    public Profile of(Caller caller) {
        String voter = pseudonyms.of(caller.tenantId(), caller.subject());
        return profiles.findById(Profile.idOf(caller.tenantId(), voter))
                .orElseGet(() -> Profile.empty(caller.tenantId(), voter));
    }

    public Profile change(Caller caller, String function, String yearsInField) {
        caller.require(Role.PROFESSIONAL);
        List<FieldProblem> problems = new ArrayList<>();
        if (function != null && ProfessionalFunction.fromCode(function).isEmpty()) {
            problems.add(new FieldProblem("function", "Kies een functie uit de lijst: "
                    + Arrays.stream(ProfessionalFunction.values()).map(ProfessionalFunction::code).collect(Collectors.joining(", ")) + "."));
        }
        if (yearsInField != null && YearsInField.fromCode(yearsInField).isEmpty()) {
            problems.add(new FieldProblem("yearsInField", "Kies het aantal jaren uit de lijst: "
                    + Arrays.stream(YearsInField.values()).map(YearsInField::code).collect(Collectors.joining(", ")) + "."));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalidFields(problems);
        }
        String voter = pseudonyms.of(caller.tenantId(), caller.subject());
        return profiles.save(new Profile(Profile.idOf(caller.tenantId(), voter), caller.tenantId(), function, yearsInField));
    }
}
