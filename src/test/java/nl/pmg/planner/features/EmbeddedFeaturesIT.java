package nl.pmg.planner.features;

import org.springframework.boot.test.context.SpringBootTest;

/** The feature-serving contract on the embedded default (memory engine). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedFeaturesIT extends FeatureEngineContract {
}
