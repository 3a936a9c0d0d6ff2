package com.negotiationtracker.web;

import com.negotiationtracker.web.security.SecurityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The configuration the MVC slice tests of this module start from: it scans the controllers and the advice, and
 * applies the application's security rules (slices leave configuration classes out of their scan), with the users of
 * {@code application.properties} ({@link com.negotiationtracker.web.security.TestUsers}).
 */
@SpringBootApplication
@Import(SecurityConfiguration.class)
public class WebTestApplication {
}
