package org.acorn.training.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acorn.network.NetworkProfile;
import org.acorn.platform.config.Settings;
import org.acorn.platform.pdf.PdfResponse;
import org.acorn.training.booking.BookingRow;
import org.acorn.training.booking.Bookings;
import org.acorn.training.certificate.CertificatePdf;

/**
 * /training/certificate/N.pdf: the certificate of booking N for those who may see the booking (the attendee, the
 * booker, their organisation's admin, staff). Unknown, hidden, withdrawn and not-signed-in alike are a 404.
 */
@WebServlet("/training/certificate/*")
public class CertificateDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject Bookings bookings;
    @Inject Settings settings;
    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<BookingRow> row = m.matches() ? bookings.visibleRow(Long.valueOf(m.group(1))) : Optional.empty();
        if (row.isEmpty() || row.get().getCertificate() == null || row.get().getCertificate().isRevoked()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID);
        byte[] pdf = CertificatePdf.of(row.get().getCertificate(), profile == null ? "" : profile.getName(), row.get().getRun().getTrainerName(),
                settings.baseUrl() + "/training/check.xhtml");
        resp.setHeader("Cache-Control", "private, no-store");
        PdfResponse.send(resp, "certificate-" + row.get().getCertificate().getCode() + ".pdf", pdf);
    }
}
