package com.negotiationtracker.config.support;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives a test application a new, empty data folder ({@code tracker.data-dir}) and deletes it when the application
 * closes.
 * <p>
 * The deletion is registered before any of the application's beans exist, so it runs after all of them are destroyed:
 * the processors stopped and the connection pool, and with it the H2 database, closed.
 */
public class TemporaryDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path folder = created();
        TestPropertyValues.of("tracker.data-dir=" + folder).applyTo(context);
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean(TemporaryDataFolder.class.getName(), deletion(folder));
    }

    private static Path created() {
        try {
            return Files.createTempDirectory("tracker-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data folder for a test application", e);
        }
    }

    private static DisposableBean deletion(Path folder) {
        return () -> FileSystemUtils.deleteRecursively(folder);
    }
}
