package nl.pmg.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.pmg.planner.indicator.Value;
import nl.pmg.planner.shared.Undisclosed;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Disclosure by construction, checked on the compiled classes: (1) no request handler returns a document that
 * holds a bare {@link Value} — area values leave as {@code disclosure.Published}, which only the disclosure
 * module makes (and a bare Value cannot even be written as JSON); (2) the accessors that return values
 * before disclosure ({@link Undisclosed}) are called only by the disclosure module, by other raw accessors,
 * and by the modules named below that compute on raw values for callers who may see them all. A new module
 * that reads raw values fails here until it publishes through {@code Disclosure} or is argued into the list.
 */
class DisclosureRulesTest {

    /** Modules that compute on raw values, and why what they answer needs no disclosure of its own. */
    static final Map<String, String> COMPUTING = Map.of(
            "scoring", "scores for analysts and managers (POST /api/scores); index layers are published by disclosure",
            "selection", "solves for analysts and managers; priority areas only with detail rights for the gemeente",
            "monitor", "matches comparison groups on raw figures; every figure it shows goes through Disclosure.figure",
            "curation", "builds geodata/, no answers with values",
            "imports", "runtime imports, no answers with values",
            "store", "persistence",
            "indicator", "the values themselves");

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.pmg.planner");

    @Test
    void noHandlerReturnsABareValue() {
        List<String> found = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                Method method;
                try {
                    method = m.reflect();
                } catch (RuntimeException e) {
                    continue;
                }
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)
                        && holdsValue(method.getGenericReturnType(), new HashSet<>())) {
                    found.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(found).as("handlers whose answer holds a bare indicator.Value").isEmpty();
    }

    @Test
    void rawValuesAreReadOnlyWhereTheyMayBe() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                if (!m.isAnnotatedWith(Undisclosed.class)) {
                    continue;
                }
                for (JavaMethodCall call : m.getCallsOfSelf()) {
                    String module = module(call.getOriginOwner());
                    boolean raw = call.getOrigin() instanceof JavaMethod caller && caller.isAnnotatedWith(Undisclosed.class);
                    if (!raw && !module.equals("disclosure") && !COMPUTING.containsKey(module)) {
                        found.add(call.getOriginOwner().getName() + "." + call.getOrigin().getName() + " reads "
                                + c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(found).as("code outside disclosure reading values before disclosure").isEmpty();
    }

    private static String module(JavaClass c) {
        String rest = c.getPackageName().substring("nl.pmg.planner".length());
        if (rest.isEmpty()) {
            return "";
        }
        rest = rest.substring(1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean holdsValue(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                if (holdsValue(arg, seen)) {
                    return true;
                }
            }
            return holdsValue(p.getRawType(), seen);
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (c == Value.class) {
            return true;
        }
        if (c.isArray()) {
            return holdsValue(c.getComponentType(), seen);
        }
        if (c.isRecord() && c.getName().startsWith("nl.pmg.planner")) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (holdsValue(rc.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
