package nl.kenniskompas.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one component gets on top of the contract's environment: extra environment variables, Spring properties
 * (passed as {@code --name=value}, which outrank every other source) and JVM options (after the lean defaults, so a
 * later {@code -Xmx} wins). A test or a benchmark changes a component this way without touching its configuration.
 */
public record ComponentOptions(Map<String, String> environment, Map<String, String> properties,
                               List<String> jvmOptions) {

    public static final ComponentOptions NONE = new ComponentOptions(Map.of(), Map.of(), List.of());

    public ComponentOptions {
        environment = Map.copyOf(environment);
        properties = Map.copyOf(properties);
        jvmOptions = List.copyOf(jvmOptions);
    }

    ComponentOptions withEnvironment(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(environment);
        more.put(name, value);
        return new ComponentOptions(more, properties, jvmOptions);
    }

    ComponentOptions withProperty(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new ComponentOptions(environment, more, jvmOptions);
    }

    ComponentOptions withJvmOptions(List<String> options) {
        List<String> more = new ArrayList<>(jvmOptions);
        more.addAll(options);
        return new ComponentOptions(environment, properties, more);
    }

    /** {@code --name=value} program arguments for a Spring Boot app. */
    List<String> propertyArguments() {
        return properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
    }
}
