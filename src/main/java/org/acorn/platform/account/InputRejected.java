package org.acorn.platform.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Thrown by the account services when values break a rule: for each field (as named on the form) what to
 * tell the person. Nothing has been changed when it is thrown; backing beans show each next to its field.
 */
public class InputRejected extends RuntimeException {

    private final Map<String, String> problems;

    public InputRejected(String field, String message) {
        this(Map.of(field, message));
    }

    private InputRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> problems() { return problems; }

    /** Runs several checks and reports every problem at once rather than one per try. */
    static final class Checks {
        private final Map<String, String> problems = new LinkedHashMap<>();

        <T> T check(Supplier<T> check) {
            try {
                return check.get();
            } catch (InputRejected e) {
                problems.putAll(e.problems());
                return null;
            }
        }

        void add(String field, String message) {
            problems.putIfAbsent(field, message);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) throw new InputRejected(problems);
        }
    }
}
