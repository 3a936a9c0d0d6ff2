package com.negotiationtracker.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the MVC slice tests of this module start from: it scans the controllers and the advice. */
@SpringBootApplication
public class WebTestApplication {
}
