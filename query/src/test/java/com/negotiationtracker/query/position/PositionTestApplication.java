package com.negotiationtracker.query.position;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the JPA slice tests of this package start from; it scans this package for the entities. */
@SpringBootApplication
class PositionTestApplication {
}
