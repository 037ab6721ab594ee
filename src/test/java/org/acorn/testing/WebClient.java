package org.acorn.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: keeps cookies, follows redirects, fills and submits the real forms of
 * the real pages (hidden fields such as the Faces view state included), so tests see what a user sees.
 * Each client speaks from its own address (X-Forwarded-For through the trusted loopback proxy).
 */
public final class WebClient {

    private final URI base;
    private final HttpClient http;
    private final String clientAddress;
    private Page current;

    public WebClient(URL base, String clientAddress) {
        this.base = URI.create(base.toString());
        this.clientAddress = clientAddress;
        // HTTP/1.1 as a browser speaks to a plain-http site (no h2c upgrade, which mishandles large posts)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The cookies this client would send to the portal, as a Cookie header (for tools such as wrk). */
    public String cookieHeader() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().get(base).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Fills the form with the given id (name → value; a value of null removes the field) and presses the button. */
    public Page submit(String formId, Map<String, String> fields, String buttonName) {
        if (current == null) throw new IllegalStateException("open a page first");
        Element form = current.doc().getElementById(formId);
        if (form == null) throw new AssertionError("No form #" + formId + " on " + current.uri() + ":\n" + current.text());
        Map<String, String> values = defaults(form);
        fields.forEach((k, v) -> {
            if (v == null) values.remove(k);
            else values.put(k, v);
        });
        values.put(buttonName, form.select("[name=" + cssEscape(buttonName) + "]").attr("value"));
        String action = form.attr("action");
        return post(action.isEmpty() ? current.uri().toString() : action, values);
    }

    /** Like {@link #submit}, for a multipart form: {@code files} maps a file input's name to (file name, content). */
    public Page submitFile(String formId, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files, String buttonName) {
        if (current == null) throw new IllegalStateException("open a page first");
        Element form = current.doc().getElementById(formId);
        if (form == null) throw new AssertionError("No form #" + formId + " on " + current.uri() + ":\n" + current.text());
        Map<String, String> values = defaults(form);
        values.putAll(fields);
        values.keySet().removeAll(files.keySet()); // the file inputs go as file parts, not as empty text
        values.put(buttonName, form.select("[name=" + cssEscape(buttonName) + "]").attr("value"));
        String boundary = "----acorn" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        values.forEach((k, v) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        files.forEach((k, f) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/json\r\n\r\n");
            body.writeBytes(f.getValue());
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        String action = form.attr("action");
        return send(HttpRequest.newBuilder(resolve(action.isEmpty() ? current.uri().toString() : action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Page post(String path, Map<String, String> values) {
        String body = values.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page current() { return current; }

    public HttpResponse<String> raw(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).header("X-Forwarded-For", clientAddress).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is bytes (a PDF, an image), with this client's session. */
    public HttpResponse<byte[]> rawBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).header("X-Forwarded-For", clientAddress).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("X-Forwarded-For", clientAddress)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            current = new Page(response.statusCode(), response.uri(), Jsoup.parse(response.body(), response.uri().toString()),
                    response.headers().map());
            return current;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) return URI.create(path);
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** What the browser would send without any change: hidden, text, checked boxes, selected options. */
    private static Map<String, String> defaults(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (type.equals("submit") || type.equals("button") || type.equals("image")) continue;
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
            values.put(input.attr("name"), input.hasAttr("value") ? input.attr("value") : (type.equals("checkbox") ? "on" : ""));
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) chosen = select.selectFirst("option");
            if (chosen != null) values.put(select.attr("name"), chosen.attr("value"));
        }
        for (Element area : form.select("textarea[name]")) values.put(area.attr("name"), area.text());
        return values;
    }

    private static String cssEscape(String name) {
        return "\"" + name.replace("\"", "\\\"") + "\"";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A fetched page. */
    public record Page(int status, URI uri, Document doc, Map<String, List<String>> headers) {
        public String text() { return doc.text(); }

        public String title() { return doc.title(); }

        /** The message shown next to a field (the element with id "{fieldId}-error" or a h:message for it). */
        public String fieldError(String fieldId) {
            Element e = doc.getElementById(fieldId + "-error");
            return e == null ? "" : e.text();
        }

        public String messages() {
            Element e = doc.getElementById("page-messages");
            return e == null ? "" : e.text();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> String.join(",", h.getValue())).findFirst().orElse(null);
        }

        public String path() { return uri.getPath(); }
    }
}
