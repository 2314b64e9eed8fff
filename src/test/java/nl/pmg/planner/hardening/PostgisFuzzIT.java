package nl.pmg.planner.hardening;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The fuzz harness on PostGIS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisFuzzIT extends ApiFuzz {
}
