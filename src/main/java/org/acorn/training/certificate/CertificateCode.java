package org.acorn.training.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 20 random characters of Crockford's base 32 (100 bits), printed in groups of five. Typed
 * back, they are read leniently (case, spaces, dashes, O for 0, I and L for 1); anything that cannot be a code is
 * refused before the database is asked.
 */
public final class CertificateCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() { }

    public static String generate() {
        StringBuilder s = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) s.append('-');
            s.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return s.toString();
    }

    /** The code in its printed form, or empty when the input cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 60) return Optional.empty();
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != 20) return Optional.empty();
        for (char c : s.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) return Optional.empty();
        }
        return Optional.of(s.substring(0, 5) + "-" + s.substring(5, 10) + "-" + s.substring(10, 15) + "-" + s.substring(15));
    }
}
