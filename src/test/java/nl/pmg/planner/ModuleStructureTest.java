package nl.pmg.planner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of {@code nl.pmg.planner} is a module: no cycles between modules and no
 * use of another module's internals. Writes the module listing (PlantUML and a text canvas per
 * module) to {@code target/spring-modulith-docs}.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PlannerApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleListing() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
