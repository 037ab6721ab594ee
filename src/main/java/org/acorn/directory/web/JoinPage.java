package org.acorn.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.JoinForm;
import org.acorn.directory.Membership;
import org.acorn.platform.security.ClientAddress;
import org.acorn.platform.web.Faces;

/** Backs /join.xhtml: the application form. */
@Named
@RequestScoped
public class JoinPage {

    @Inject Membership membership;
    @Inject ClientAddress clientAddress;

    private final JoinForm form = new JoinForm();

    public void submit() {
        try {
            membership.apply(form, clientAddress.of(Faces.request()));
            Faces.redirect("/join/check-email.xhtml");
        } catch (InvalidInput e) {
            e.showOn("join");
        } finally {
            form.forgetPasswords();
        }
    }

    public JoinForm getForm() { return form; }
}
