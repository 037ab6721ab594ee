package org.acorn.directory.openreferral;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Tokens;
import org.acorn.platform.web.Faces;

/** /admin/import.xhtml: the uploaded file and the report of the last import. Rules live in {@link OpenReferralImport}. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient OpenReferralImport importer;
    @Inject transient Settings settings;
    @Inject transient ImportProgress progress;

    private transient Part file;
    private String membership = "listed";
    private ImportReport report;
    /** Names this page's import for its progress requests. */
    private final String progressKey = Tokens.newPublicId();

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.fieldError("import:file", "Choose an Open Referral UK JSON file to import.");
            return;
        }
        long max = settings.openReferralImportMaxBytes();
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            Faces.fieldError("import:file", "The file could not be read. Please try again.");
            return;
        }
        if (bytes.length > max) {
            report = new ImportReport();
            report.refuse("The file is larger than " + (max / 1024) + " KB, the most an import takes. Nothing was imported.");
            Faces.error(report.getFatal().get(0));
            return;
        }
        ImportProgress.Listener listener = progress.track(progressKey);
        try {
            report = importer.run(bytes, file.getSubmittedFileName(), "member".equals(membership), listener);
        } finally {
            listener.at(ImportProgress.Stage.FINISHED, 0, 0);
        }
        if (report.isRefused()) Faces.error("Nothing was imported: " + String.join(" ", report.getFatal()));
        else Faces.info("Import finished: " + report.summary() + ".");
    }

    /** The report as CSV, downloaded. */
    public void downloadCsv() {
        if (report == null) return;
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("text/csv; charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"open-referral-import-report.csv\"");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(report.csv().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    public String getProgressKey() { return progressKey; }
    public long getMaxKb() { return settings.openReferralImportMaxBytes() / 1024; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getMembership() { return membership; }
    public void setMembership(String membership) { this.membership = "member".equals(membership) ? "member" : "listed"; }
    public ImportReport getReport() { return report; }
}
