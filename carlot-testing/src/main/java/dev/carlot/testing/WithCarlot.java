package dev.carlot.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts Carlot once for the test class, with the plugin folder {@link #plugin()} installed, and
 * hands a {@link RunningCarlot} to any test or lifecycle method that declares one as a parameter.
 *
 * <p>Carlot's module path is the directory named by the system property {@code carlot.modules}
 * (a Carlot checkout's {@code app/target/mods}, which {@code ./carlot build} makes). The backend is
 * the system property {@code carlot.test.backend} ({@code embedded} or {@code postgres}); without it,
 * postgres when the environment has {@code DATABASE_URL}, else embedded in a fresh data directory,
 * seeded with the demo accounts (password {@code carlot-dev-password}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CarlotExtension.class)
public @interface WithCarlot {

    /** The plugin folder to install (its {@code plugin.properties} and jars), relative to the working directory. */
    String plugin();

    /** More command-line settings of {@code carlot serve}, such as {@code --carlot.plugins.my-plugin.key=value}. */
    String[] flags() default {};
}
