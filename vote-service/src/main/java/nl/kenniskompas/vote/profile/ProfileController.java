package nl.kenniskompas.vote.profile;

import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** "Mijn profiel": function and years in the field, both optional, for grouped percentages only. */
@RestController
class ProfileController {

    private final MyProfile myProfile;

    ProfileController(MyProfile myProfile) {
        this.myProfile = myProfile;
    }

    @GetMapping("/api/v1/profiel")
    ProfileView mine(Caller caller) {
        return ProfileView.of(myProfile.of(caller));
    }

    @PutMapping("/api/v1/profiel")
    ProfileView change(@RequestBody ProfileView change, Caller caller) {
        return ProfileView.of(myProfile.change(caller, change.function(), change.yearsInField()));
    }

    @GetMapping("/api/v1/profiel/waarden")
    Vocabularies vocabularies() {
        return new Vocabularies(
                Arrays.stream(ProfessionalFunction.values()).map(f -> new Choice(f.code(), f.label())).toList(),
                Arrays.stream(YearsInField.values()).map(y -> new Choice(y.code(), y.label())).toList());
    }

    record ProfileView(String function, String yearsInField) {
        static ProfileView of(Profile profile) {
            return new ProfileView(profile.function(), profile.yearsInField());
        }
    }

    record Vocabularies(List<Choice> functions, List<Choice> yearsInField) {
    }

    record Choice(String code, String label) {
    }
}
