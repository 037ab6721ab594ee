package org.acorn.bulletins.audience;

/**
 * One person an audience reaches. {@code accountId} or {@code contactId} (an outside contact) says who;
 * {@code preference} is how their organisation asked to hear from the network (EMAIL, POST or PHONE; EMAIL for
 * people without one); {@code personal} when the person chose this topic themselves, which outweighs their
 * organisation's preference for post or phone.
 */
public record Recipient(Long accountId, Long contactId, String email, String name, String organisation, String postalAddress,
                        String phone, String preference, boolean personal) {

    public static final String EMAIL = "EMAIL";
    public static final String POST = "POST";
    public static final String PHONE = "PHONE";

    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public String getPostalAddress() { return postalAddress; }
    public String getPhone() { return phone; }
    public String getPreference() { return preference; }

    public boolean byPost() { return POST.equals(preference); }
    public boolean byPhone() { return PHONE.equals(preference); }

    /** The same person, marked as having chosen the topic themselves (or not). */
    public Recipient personal(boolean chose) {
        return new Recipient(accountId, contactId, email, name, organisation, postalAddress, phone, preference, chose);
    }

    public String key() { return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT); }
}
