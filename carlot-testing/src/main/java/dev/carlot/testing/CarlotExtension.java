package dev.carlot.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link WithCarlot}: one Carlot per test class, stopped when the class is done. */
public final class CarlotExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CarlotExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        try {
            // initialized first, so that a static initializer of the test class may build the plugin folder
            Class.forName(testClass.getName(), true, testClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        WithCarlot settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithCarlot.class)
                .orElseThrow(() -> new IllegalStateException("CarlotExtension needs @WithCarlot on the test class"));
        // the store closes it when the class's tests are done
        context.getStore(NAMESPACE).computeIfAbsent(RunningCarlot.class,
                key -> RunningCarlot.start(settings.plugin(), settings.flags()), RunningCarlot.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningCarlot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(RunningCarlot.class, RunningCarlot.class);
    }
}
