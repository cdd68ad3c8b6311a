package nl.kenniskompas.vote.demo;

import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenants;
import nl.kenniskompas.vote.ballot.CastingVote;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import nl.kenniskompas.vote.catalogue.PublishedCases;
import nl.kenniskompas.vote.profile.MyProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo data for README command 1: fictitious colleagues in every demo organisation vote on every published Kopkraker,
 * through the same path as real votes (ballot, outbox, {@code vote-cast}, projection), so the stemoverzicht has groups
 * large enough to show. Their choices are fixed per case and voter, so a restart adds nothing. Off unless
 * {@code kenniskompas.demo-votes.enabled} (the launcher sets {@code KK_DEMO_VOTES=true}); tests count exact votes.
 */
@Component
@ConditionalOnBooleanProperty("kenniskompas.demo-votes.enabled")
class DemoVotes {

    private static final Logger log = LoggerFactory.getLogger(DemoVotes.class);
    /** Colleagues per organisation: Amsterdam is large, Werkzaak smaller, UWV in between. */
    private static final Map<String, Integer> COLLEAGUES = Map.of(
            "gemeente-amsterdam", 34, "werkzaak-rivierenland", 16, "uwv", 26);

    private final CastingVote casting;
    private final MyProfile profiles;
    private final PublishedCases cases;
    private final Tenants tenants;
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    DemoVotes(CastingVote casting, MyProfile profiles, PublishedCases cases, Tenants tenants) {
        this.casting = casting;
        this.profiles = profiles;
        this.cases = cases;
        this.tenants = tenants;
    }

    /** Cases arrive from {@code case-published} over time (one every two weeks in the demo), so keep looking. */
    @Scheduled(initialDelayString = "5s", fixedDelayString = "30s")
    void vote() {
        for (PublishedCase kopkraker : cases.findAll()) {
            if (done.contains(kopkraker.caseId())) {
                continue;
            }
            COLLEAGUES.forEach((tenantId, colleagues) -> tenants.byId(tenantId).ifPresent(tenant -> {
                for (int i = 1; i <= colleagues; i++) {
                    Caller colleague = new Caller(tenant, "demo-collega-" + i, Set.of(Role.PROFESSIONAL), "Demo-collega " + i);
                    if (i == 1 || profiles.of(colleague).function() == null && i % 7 != 0) {
                        profiles.change(colleague, functionOf(i), yearsOf(i));
                    }
                    casting.cast(colleague, kopkraker.caseId(), choiceOf(kopkraker, tenantId, i));
                }
            }));
            done.add(kopkraker.caseId());
            log.info("Demo colleagues voted on Kopkraker {}", kopkraker.caseId());
        }
    }

    /** Every seventh colleague keeps the profile empty: "onbekend" is a real group too. */
    private static String functionOf(int colleague) {
        if (colleague % 7 == 0) {
            return null;
        }
        // Weighted like TNO's table 1: mostly klantmanagers, then re-integratiecoaches and arbeidsdeskundigen.
        ProfessionalFunction[] mix = {ProfessionalFunction.KLANTMANAGER, ProfessionalFunction.RE_INTEGRATIECOACH,
                ProfessionalFunction.KLANTMANAGER, ProfessionalFunction.ARBEIDSDESKUNDIGE, ProfessionalFunction.KLANTMANAGER,
                ProfessionalFunction.RE_INTEGRATIECOACH, ProfessionalFunction.JOBCOACH, ProfessionalFunction.CASEMANAGER,
                ProfessionalFunction.ADVISEUR_INTENSIEVE_BEGELEIDING};
        return mix[colleague % mix.length].code();
    }

    private static String yearsOf(int colleague) {
        if (colleague % 7 == 0) {
            return null;
        }
        YearsInField[] mix = {YearsInField.OVER_20, YearsInField.TEN_TO_15, YearsInField.UP_TO_5, YearsInField.OVER_20,
                YearsInField.TEN_TO_15, YearsInField.FIVE_TO_10};
        return mix[colleague % mix.length].code();
    }

    /** A fixed choice per case, organisation and colleague, leaning differently per case. */
    private static String choiceOf(PublishedCase kopkraker, String tenantId, int colleague) {
        int leaning = 30 + Math.floorMod(kopkraker.caseId().hashCode(), 41);
        int draw = Math.floorMod((kopkraker.caseId() + tenantId + colleague).hashCode() * 31 + colleague, 100);
        return kopkraker.optionIds().get(draw < leaning ? 0 : 1);
    }
}
