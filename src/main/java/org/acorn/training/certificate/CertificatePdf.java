package org.acorn.training.certificate;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.acorn.platform.pdf.PrintedDocument;

/** A certificate of attendance as a one-page A4 PDF, with the code and the address where anyone can check it. */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CertificatePdf() { }

    public static byte[] of(Certificate c, String networkName, String trainerName, String checkAddress) {
        PrintedDocument doc = PrintedDocument.a4("Certificate of attendance: " + c.getPersonName())
                .small(networkName)
                .title("Certificate of attendance")
                .paragraph("This is to certify that")
                .heading(c.getPersonName())
                .paragraph("attended " + c.getCourseTitle() + " on " + DAY.format(c.getAttendedOn())
                        + (trainerName == null ? "." : ", led by " + trainerName + "."));
        if (c.getValidUntil() != null) doc.paragraph("This training is current until " + DAY.format(c.getValidUntil()) + ".");
        return doc.subheading("Verification code: " + c.getCode())
                .small("Anyone can check this certificate is genuine by entering the code at " + checkAddress)
                .toBytes();
    }

    /** The volunteer accreditation certificate: who, which programme, since when and until when, and the code. */
    public static byte[] accreditation(String personName, String organisation, String programme, java.time.LocalDate awarded,
                                       java.time.LocalDate validUntil, String code, String networkName, String checkAddress) {
        return PrintedDocument.a4("Accreditation certificate: " + personName)
                .small(networkName)
                .title("Certificate of accreditation")
                .paragraph("This is to certify that")
                .heading(personName)
                .paragraph((organisation == null ? "" : "a volunteer with " + organisation + ", ") + "has completed every module of the "
                        + programme + " and was accredited on " + DAY.format(awarded) + ".")
                .paragraph("This accreditation is current until " + DAY.format(validUntil) + ", unless renewed.")
                .subheading("Verification code: " + code)
                .small("Anyone can check this certificate is genuine by entering the code at " + checkAddress)
                .toBytes();
    }
}
