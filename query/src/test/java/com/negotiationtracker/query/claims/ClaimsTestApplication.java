package com.negotiationtracker.query.claims;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the JPA slice tests of the claims ledger start from; it scans this package for the entities. */
@SpringBootApplication
class ClaimsTestApplication {
}
