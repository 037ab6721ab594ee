package org.acorn.platform.files;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.acorn.platform.security.Caller;

/**
 * /files/&lt;key&gt;: an uploaded file, always as a download (never rendered inline, so an upload cannot act
 * as a page of this site). The feature that owns the file decides who may have it; to anyone else the file
 * does not exist, except that a visitor is first asked to sign in.
 */
@WebServlet(urlPatterns = "/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient FileStore files;
    @Inject transient Instance<FileAccess> accessRules;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<StoredFile> found = files.find(key);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = found.get();
        if (!mayRead(file)) {
            if (!caller.isSignedIn()) {
                response.sendRedirect(request.getContextPath() + "/account/login.xhtml?next="
                        + URLEncoder.encode("/files/" + key, StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        try (InputStream in = files.open(file)) {
            response.setContentType(file.getMediaType());
            response.setContentLengthLong(file.getSizeBytes());
            response.setHeader("Content-Disposition", disposition(file.getFileName()));
            response.setHeader("Cache-Control", "private, max-age=0");
            in.transferTo(response.getOutputStream());
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean mayRead(StoredFile file) {
        for (FileAccess rule : accessRules) {
            if (rule.ownerKind().equals(file.getOwnerKind())) return rule.mayRead(file);
        }
        return false;
    }

    /** attachment with an ASCII fallback name and the exact name in RFC 6266 / 5987 form. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
