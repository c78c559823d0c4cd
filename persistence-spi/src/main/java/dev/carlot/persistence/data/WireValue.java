package dev.carlot.persistence.data;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose values travel as lower-case words ({@code available}, {@code seller}),
 * the same in the database and in JSON.
 */
public interface WireValue {

    /** The enum constant's own name, as {@link Enum#name()} gives it. */
    String name();

    /** The value as it travels: its name in lower case. */
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose wire form is {@code text}, or empty for an unknown word. */
    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.wire().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
