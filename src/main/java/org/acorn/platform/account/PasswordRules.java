package org.acorn.platform.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: 10 to 200 characters, not the account's own email address and not
 * one of the very common passwords in {@code common-passwords.txt}. Nothing else (no "one symbol, one
 * digit" rules): length is what makes a password hard to guess.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();

    private PasswordRules() { }

    /** Why the password cannot be used, in words for the person choosing it; empty if it is fine. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Please choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Please use at least " + MIN_LENGTH + " characters. A few ordinary words together make a good password.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Please use at most " + MAX_LENGTH + " characters.");
        }
        String folded = password.trim().toLowerCase(Locale.ROOT);
        String normalisedEmail = Account.normaliseEmail(email);
        if (normalisedEmail != null && !normalisedEmail.isEmpty() && folded.equals(normalisedEmail)) {
            return Optional.of("Please do not use your email address as your password.");
        }
        if (COMMON.contains(folded)) {
            return Optional.of("That password is one of the most common ones, so it is easy to guess. Please choose another.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.trim().toLowerCase(Locale.ROOT));
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("common-passwords.txt missing from the build");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
