package com.negotiationtracker.config.support;

import com.negotiationtracker.config.TrackerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class's own tracker on the embedded default: the application on a web server at a random port, its H2 file
 * database in a temporary folder of its own ({@link TemporaryDataFolder}), closed after the class and the folder
 * deleted then.
 * <p>
 * Closed after the class because its processors keep writing to the open H2 file: a folder deleted under a running
 * application fails the deletion, and a context kept in Spring's cache for a later class would share its store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DirtiesContext
@SpringBootTest
@ContextConfiguration(initializers = TemporaryDataFolder.class)
public @interface TrackerOnTemporaryFolder {

    /** The application's configuration classes, the tracker's own unless a test adds some. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default TrackerApplication.class;

    /** Application properties for this test, as {@code name=value}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.RANDOM_PORT;
}
