package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.platform.security.ClientAddress;
import org.acorn.platform.web.Faces;
import org.acorn.training.certificate.Certificates;

/** Backs the public /training/check.xhtml: anyone with a certificate's code can see whether it is genuine. */
@Named
@ViewScoped
public class CertificateCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Certificates certificates;
    @Inject ClientAddress clientAddress;

    private String code;
    private Certificates.Check result;

    public void check() {
        if (code == null || code.isBlank()) {
            Faces.fieldError("check:code", "Enter the code printed on the certificate.");
            return;
        }
        result = certificates.check(code, clientAddress.of(Faces.request()));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Certificates.Check getResult() { return result; }
    public Certificates.Check getCertificate() { return result; }
    public String getOutcome() { return result == null ? null : result.outcome().name(); }
}
