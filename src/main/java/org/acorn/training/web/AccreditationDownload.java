package org.acorn.training.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acorn.directory.Organisation;
import org.acorn.network.NetworkProfile;
import org.acorn.platform.config.Settings;
import org.acorn.platform.pdf.PdfResponse;
import org.acorn.training.accreditation.Accreditation;
import org.acorn.training.accreditation.Enrolment;
import org.acorn.training.certificate.CertificatePdf;
import org.acorn.training.course.Run;

/**
 * /training/accreditation/N.pdf: the accreditation certificate of enrolment N, once awarded, for staff, assessors
 * and the volunteer's organisation's admin. Unknown, not awarded, hidden and not signed in alike are a 404.
 */
@WebServlet("/training/accreditation/*")
public class AccreditationDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject Accreditation accreditation;
    @Inject Settings settings;
    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<Enrolment> e = m.matches() ? accreditation.awarded(Long.valueOf(m.group(1))) : Optional.empty();
        if (e.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Enrolment x = e.get();
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID);
        Organisation org = em.find(Organisation.class, x.getOrganisationId());
        String programme = accreditation.programme(x.getProgrammeId()).map(p -> p.getTitle()).orElse("");
        byte[] pdf = CertificatePdf.accreditation(x.getPersonName(), org == null ? null : org.getName(), programme,
                LocalDate.ofInstant(x.getAwardedAt(), Run.LONDON), x.getValidUntil(), x.getCode(), profile == null ? "" : profile.getName(),
                settings.baseUrl() + "/training/check.xhtml");
        resp.setHeader("Cache-Control", "private, no-store");
        PdfResponse.send(resp, "accreditation-" + x.getCode() + ".pdf", pdf);
    }
}
