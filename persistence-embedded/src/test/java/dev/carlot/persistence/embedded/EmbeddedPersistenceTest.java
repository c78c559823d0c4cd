package dev.carlot.persistence.embedded;

import dev.carlot.persistence.Persistence;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedPersistenceTest {

    /** A default method the SPI gains later (backup, say) must reach the store, not run the default on the wrapper. */
    @Test
    void overridesEveryMethodOfPersistence() {
        List<String> missing = Arrays.stream(Persistence.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !declares(m))
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), missing, "EmbeddedPersistence must delegate these");
    }

    private static boolean declares(Method method) {
        try {
            EmbeddedPersistence.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
