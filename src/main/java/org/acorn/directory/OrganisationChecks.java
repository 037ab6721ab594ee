package org.acorn.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The field rules shared by the join form and the organisation details form. Each check returns the
 * message to show next to the field, or null when the value is fine. No database here: duplicates are
 * the services' business.
 */
public final class OrganisationChecks {

    public static final int NAME_MAX = 200;
    public static final int PERSON_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int ADDRESS_MAX = 500;
    public static final int WEBSITE_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 200;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,40}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:\\d{1,5})?([/?#][^\\s<>\"]*)?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

    private OrganisationChecks() { }

    /** Trimmed text, or null when empty. */
    public static String clean(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    public static String organisationName(String name) {
        if (name == null) return "Please give your organisation's name.";
        if (name.length() > NAME_MAX) return "Please use at most " + NAME_MAX + " characters for the name.";
        if (CONTROL.matcher(name).find()) return "The name contains characters we cannot store. Please retype it.";
        String key = Organisation.nameKey(name);
        if (key.isEmpty()) return "The name needs at least one letter or number.";
        return null;
    }

    public static String personName(String name, boolean required) {
        if (name == null) return required ? "Please give a contact name." : null;
        if (name.length() > PERSON_MAX) return "Please use at most " + PERSON_MAX + " characters for the name.";
        if (CONTROL.matcher(name).find()) return "The name contains characters we cannot store. Please retype it.";
        return null;
    }

    public static String email(String email, boolean required) {
        if (email == null) return required ? "Please give an email address." : null;
        if (email.length() > EMAIL_MAX) return "Please use at most " + EMAIL_MAX + " characters for the email address.";
        if (!EMAIL.matcher(email).matches()) return "That does not look like an email address. It should be like name@example.org.";
        return null;
    }

    public static String normaliseEmail(String email) {
        String s = clean(email);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public static String password(String password, String confirm) {
        if (password == null || password.isEmpty()) return "Please choose a password.";
        if (password.length() < PASSWORD_MIN) return "Please use at least " + PASSWORD_MIN + " characters for the password.";
        if (password.length() > PASSWORD_MAX) return "Please use at most " + PASSWORD_MAX + " characters for the password.";
        if (!password.equals(confirm)) return "The two passwords are not the same. Please type them again.";
        return null;
    }

    public static String phone(String phone) {
        if (phone == null) return null;
        if (phone.length() > PHONE_MAX) return "Please use at most " + PHONE_MAX + " characters for the phone number.";
        if (!PHONE.matcher(phone).matches()) return "A phone number uses digits, spaces, + ( ) and -, for example 01234 567890.";
        return null;
    }

    /** "example.org" becomes "https://example.org"; anything but a web address is refused by {@link #website}. */
    public static String normaliseWebsite(String raw) {
        String s = clean(raw);
        if (s == null) return null;
        return s.matches("(?i)^https?://.*") || s.matches("^[A-Za-z][A-Za-z0-9+-]*:.*") ? s : "https://" + s;
    }

    public static String website(String normalised) {
        if (normalised == null) return null;
        if (normalised.length() > WEBSITE_MAX) return "Please use at most " + WEBSITE_MAX + " characters for the website.";
        if (!WEBSITE.matcher(normalised).matches()) return "That does not look like a website address, for example www.example.org.";
        return null;
    }

    public static String text(String value, int max, String what) {
        if (value == null) return null;
        if (value.length() > max) return "Please use at most " + max + " characters for the " + what + ".";
        if (CONTROL.matcher(value).find()) return "The " + what + " contains characters we cannot store. Please retype it.";
        return null;
    }
}
