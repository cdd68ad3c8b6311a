package nl.kenniskompas.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.infra.testing.Api;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RunningPlatform.Extension.class)
class PlatformStartsIT {

    private static final long FOUR_GIB = 4L * 1024 * 1024 * 1024;

    private static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void everyComponentAnswersReadiness() {
        platform.readinessUrls().forEach((component, url) -> {
            Api.Response readiness = platform.api().get(URI.create(url));
            assertThat(readiness.status()).as("%s: %s", component, readiness).isEqualTo(200);
        });
    }

    @Test
    void theStoreAnswersPing() {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + platform.settings().ports().mongo())) {
            Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(answer.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
        }
    }

    @Test
    void everyDeclaredTopicAndItsDeadLetterTopicExistWithTheDeclaredPartitionsAndSettings() throws Exception {
        List<String> names = KafkaTopics.all().stream().map(Topics.TopicSpec::name).toList();
        assertThat(names).contains("vote-cast", "vote-cast-dlt", "case-published", "case-published-dlt");
        try (Admin admin = platform.kafkaAdmin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList())
                    .all().get(30, TimeUnit.SECONDS);
            for (Topics.TopicSpec topic : KafkaTopics.all()) {
                assertThat(topics.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
                topic.config().forEach((key, value) ->
                        assertThat(config.get(key).value()).as(topic.name() + " " + key).isEqualTo(value));
            }
        }
        assertThat(topicSizes(KafkaTopics.all())).containsEntry("vote-cast", 6).containsEntry("vote-cast-dlt", 6)
                .containsEntry("case-published", 3).containsEntry("case-published-dlt", 3);
    }

    private static Map<String, Integer> topicSizes(List<Topics.TopicSpec> topics) {
        return topics.stream().collect(java.util.stream.Collectors.toMap(Topics.TopicSpec::name,
                Topics.TopicSpec::partitions));
    }

    @Test
    void theGatewayServesTheWebApp() {
        Api.Response page = platform.api().send(platform.api().request("/").header("Accept", "text/html").GET());

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void theGatewayListsTheTenantsWithTheirIssuersWithoutAToken() {
        Api.Response response = platform.api().get("/api/v1/tenants");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("clientId").asString()).isEqualTo("kenniskompas-web");
        assertThat(body.path("tenants").valueStream().map(tenant -> tenant.path("id").asString() + " "
                + tenant.path("type").asString() + " " + tenant.path("issuer").asString()))
                .containsExactlyInAnyOrder(
                        "gemeente-amsterdam GEMEENTE " + platform.issuer("gemeente-amsterdam"),
                        "werkzaak-rivierenland REGIONALE_WERKORGANISATIE " + platform.issuer("werkzaak-rivierenland"),
                        "uwv UWV " + platform.issuer("uwv"));
    }

    @Test
    void aDemoUsersRealTokenFromTheIdentityProviderIsAcceptedByTheGateway() {
        String token = platform.demoLogin().freshTokenFor("anna");

        Api.Response withToken = platform.api().get("/api/v1/kopkrakers", token);
        Api.Response withoutToken = platform.api().get("/api/v1/kopkrakers");

        assertThat(withToken.status()).as(withToken.toString()).isNotIn(401, 403);
        assertThat(withoutToken.status()).as(withoutToken.toString()).isEqualTo(401);
    }

    /** Tests count exact votes: no demo votes, and groups shown from one vote on (RunningPlatform's defaults). */
    @Test
    void theTestPlatformsVoteServiceSeedsNoDemoVotesAndShowsSmallGroups() throws Exception {
        long pid = platform.launcher().childProcesses().get("vote-service");
        List<String> environment = List.of(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")),
                StandardCharsets.UTF_8).split("\u0000"));

        assertThat(environment).contains("KK_MINIMUM_GROUP_SIZE=1")
                .noneMatch(entry -> entry.startsWith("KK_DEMO_VOTES="));
    }

    @Test
    void theWholePlatformStaysUnderFourGibibytesOfResidentMemory() {
        Map<String, Long> rss = platform.launcher().residentMemory();
        long total = rss.values().stream().mapToLong(Long::longValue).sum();

        assertThat(rss).containsKeys("kafka", LocalPlatform.IDENTITY_PROVIDER, LocalPlatform.GATEWAY);
        assertThat(rss).containsKeys(LocalPlatform.SERVICES.toArray(String[]::new));
        assertThat(total).as("resident memory per process: %s", rss).isLessThan(FOUR_GIB);
    }
}
