package nl.pmg.planner.features;

import org.springframework.boot.test.context.SpringBootTest;

/** GDAL against the embedded default (memory engine). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedGdalIT extends GdalClientsContract {
}
