package nl.kenniskompas.infra.fault;

import java.time.Duration;

/**
 * How long each part of the fault scenario lasts and how hard the load is.
 *
 * @param warmUp          steady load before the first fault
 * @param brokerDown      how long the broker stays stopped
 * @param afterBroker     steady load between the broker being back and vote-service being killed
 * @param afterVoteService steady load after vote-service is back, before the load stops
 * @param drainTimeout    how long the outbox and the projection may take to catch up once the load stopped
 * @param deadline        the whole run, platform start and stop included; past it the run fails and stops
 * @param votesPerSecond  the steady load, through the gateway
 * @param votersPerTenant distinct professionals per tenant
 * @param cases           how many published Kopkrakers they vote on
 */
public record FaultPhases(Duration warmUp, Duration brokerDown, Duration afterBroker, Duration afterVoteService,
                          Duration drainTimeout, Duration deadline, double votesPerSecond, int votersPerTenant,
                          int cases) {

    /**
     * {@code infra/bin/fault-test}: the 30 s broker outage. The drain may take over a minute: an outbox
     * document that the killed instance had claimed is sent again only when its claim (60 s) expires.
     */
    public static FaultPhases command() {
        return new FaultPhases(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(15), Duration.ofSeconds(150), Duration.ofMinutes(12), 40, 100, 3);
    }

    /** The CI variant: the same steps with short phases, so the whole test stays near two minutes. */
    public static FaultPhases ci() {
        return new FaultPhases(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(3),
                Duration.ofSeconds(5), Duration.ofSeconds(90), Duration.ofMinutes(5), 30, 40, 2);
    }

    public FaultPhases withBrokerDown(Duration down) {
        return new FaultPhases(warmUp, down, afterBroker, afterVoteService, drainTimeout, deadline, votesPerSecond,
                votersPerTenant, cases);
    }

    public FaultPhases withDeadline(Duration whole) {
        return new FaultPhases(warmUp, brokerDown, afterBroker, afterVoteService, drainTimeout, whole, votesPerSecond,
                votersPerTenant, cases);
    }
}
