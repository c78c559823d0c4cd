package dev.carlot.persistence.testing;

import dev.carlot.persistence.Persistence;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A {@link Persistence} for tests of what a feature does before any request: registering its
 * routes. Handles (a repository, a unit of work) may be taken, as features take them when they
 * wire their handlers, but any call that would reach the database fails the test, naming the
 * method. So "registering touches no database" is asserted, where a {@code null} only hoped so.
 */
public final class RefusingPersistence {

    private RefusingPersistence() {
    }

    /** A persistence whose handles can be taken and passed around, and whose work is refused. */
    public static Persistence create() {
        return refusing(Persistence.class);
    }

    private static <T> T refusing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer(type, proxy, method, args)));
    }

    private static Object answer(Class<?> type, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "toString" -> "refusing " + type.getSimpleName();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> {
                // an accessor to another part of the data contract hands out a handle, not data
                if (method.getParameterCount() == 0 && method.getReturnType().isInterface()
                        && method.getReturnType().getPackageName().startsWith("dev.carlot.persistence")) {
                    yield refusing(method.getReturnType());
                }
                throw new AssertionError(type.getSimpleName() + "." + method.getName()
                        + " was called where no database work may happen");
            }
        };
    }
}
