package nl.kenniskompas.infra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable for one component of the platform a test class runs against, replacing the harness's
 * default for it (see {@link RunningPlatform#DEFAULT_ENVIRONMENT}). A class with any of these gets a platform of its
 * own, started for it and stopped after it: the shared one is not changed under other tests' feet.
 * <pre>
 * &#64;ExtendWith(RunningPlatform.Extension.class)
 * &#64;WithEnvironment(component = "vote-service", name = "KK_MINIMUM_GROUP_SIZE", value = "5")
 * class SmallGroupsAreSuppressedIT { … }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(WithEnvironment.List.class)
public @interface WithEnvironment {

    String component();

    String name();

    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        WithEnvironment[] value();
    }
}
