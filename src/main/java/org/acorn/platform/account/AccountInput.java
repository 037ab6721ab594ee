package org.acorn.platform.account;

import java.util.regex.Pattern;

/** Checks on the plain fields of an account (name, email, job title, phone), shared by the account services. */
final class AccountInput {

    static final int NAME_MAX = 120;
    static final int EMAIL_MAX = 254;
    static final int JOB_TITLE_MAX = 120;
    static final int PHONE_MAX = 40;

    /** One @, something either side, a dot in the domain, no spaces: the rest is the mail server's business. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

    private AccountInput() { }

    static String displayName(String field, String value) {
        String v = trim(value);
        if (v == null) throw new InputRejected(field, "Please enter your name.");
        if (v.length() > NAME_MAX) throw new InputRejected(field, "Please use at most " + NAME_MAX + " characters.");
        if (CONTROL.matcher(v).find()) throw new InputRejected(field, "Please use letters, numbers and punctuation only.");
        return v;
    }

    static String email(String field, String value) {
        String v = Account.normaliseEmail(value);
        if (v == null || v.isEmpty()) throw new InputRejected(field, "Please enter your email address.");
        if (v.length() > EMAIL_MAX) throw new InputRejected(field, "Please use at most " + EMAIL_MAX + " characters.");
        if (!EMAIL.matcher(v).matches()) {
            throw new InputRejected(field, "Please enter an email address like name@example.org.");
        }
        return v;
    }

    static String jobTitle(String field, String value) {
        String v = trim(value);
        if (v == null) return null;
        if (v.length() > JOB_TITLE_MAX) throw new InputRejected(field, "Please use at most " + JOB_TITLE_MAX + " characters.");
        if (CONTROL.matcher(v).find()) throw new InputRejected(field, "Please use letters, numbers and punctuation only.");
        return v;
    }

    static String phone(String field, String value) {
        String v = trim(value);
        if (v == null) return null;
        if (v.length() > PHONE_MAX) throw new InputRejected(field, "Please use at most " + PHONE_MAX + " characters.");
        if (!PHONE.matcher(v).matches() || v.chars().filter(Character::isDigit).count() < 6) {
            throw new InputRejected(field, "Please enter a phone number using digits, spaces and + ( ) - only.");
        }
        return v;
    }

    private static String trim(String value) {
        if (value == null) return null;
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
