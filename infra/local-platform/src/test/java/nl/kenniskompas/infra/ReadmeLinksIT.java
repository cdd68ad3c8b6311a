package nl.kenniskompas.infra;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's links into the repository (the "where is…" table among them) point at files that exist. */
class ReadmeLinksIT {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void everyRepositoryLinkInTheReadmeResolves() throws Exception {
        Path root = Path.of(System.getProperty("kk.repository.root", "../..")).toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));

        Matcher links = LINK.matcher(readme);
        List<String> targets = links.results().map(match -> match.group(1))
                // Web addresses, and the shared folder that lives beside the repository, are not ours to check.
                .filter(target -> !target.contains("://") && !target.startsWith("../shared/"))
                .toList();

        assertThat(targets).hasSizeGreaterThan(10);
        assertThat(targets).allSatisfy(target -> assertThat(root.resolve(target)).as(target).exists());
    }
}
