package org.acorn.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Registration numbers as people type them. England and Wales charity numbers are 6 to 8 digits, with a
 * "-N" suffix for a linked charity; Companies House numbers are 8 characters: 8 digits, or 2 letters (SC,
 * NI, OC, CE …) and 6 digits. Spaces and lower case are forgiven and folded away before checking.
 */
public final class OrganisationNumbers {

    private static final Pattern CHARITY = Pattern.compile("\\d{6,8}(-\\d{1,3})?");
    private static final Pattern COMPANY = Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}");

    public static final String CHARITY_FORMAT = "A charity number is 6 to 8 digits, sometimes with a dash and one more"
            + " number (for example 1187402 or 1187402-1). Leave it empty if you are not a registered charity.";
    public static final String COMPANY_FORMAT = "A company number is 8 characters: 8 digits (for example 01234567)"
            + " or 2 letters and 6 digits (for example SC123456). Leave it empty if you are not a company.";

    private OrganisationNumbers() { }

    /** Trimmed, spaces removed; null when nothing was typed. */
    public static String normaliseCharity(String raw) {
        String s = squeeze(raw);
        return s == null ? null : s.replace('–', '-').replace('—', '-');
    }

    /** Trimmed, spaces removed, upper-cased; null when nothing was typed. */
    public static String normaliseCompany(String raw) {
        String s = squeeze(raw);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** True for a normalised charity number of the right shape (null means "none" and is fine). */
    public static boolean validCharity(String normalised) {
        return normalised == null || CHARITY.matcher(normalised).matches();
    }

    /** True for a normalised company number of the right shape (null means "none" and is fine). */
    public static boolean validCompany(String normalised) {
        return normalised == null || COMPANY.matcher(normalised).matches();
    }

    private static String squeeze(String raw) {
        if (raw == null) return null;
        String s = raw.replaceAll("[\\s\\u00A0]+", "");
        return s.isEmpty() ? null : s;
    }
}
