package org.acorn.directory.openreferral;

/** A request the API refuses, with the HTTP status and a message for the caller; answered as JSON. */
public class ApiProblem extends RuntimeException {

    private final int status;

    public ApiProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiProblem badRequest(String message) { return new ApiProblem(400, message); }

    public static ApiProblem notFound(String message) { return new ApiProblem(404, message); }

    public int status() { return status; }
}
