package org.acorn.directory.openreferral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.directory.openreferral.ListQuery.Paging;
import org.acorn.directory.openreferral.PublicDirectory.LocationPage;
import org.acorn.directory.openreferral.PublicDirectory.ServicePage;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.config.Settings;

/**
 * The public, read-only Open Referral UK API (HSDS 3.0 profile) at /api/openreferral/. Described by
 * openapi.json beside it; CORS-open (see {@link OpenReferralCors}); every refusal is JSON (see {@link ApiErrors}).
 */
@Path("openreferral")
@RequestScoped
public class OpenReferralResource {

    public static final String JSON = "application/json; charset=UTF-8";

    @Inject PublicDirectory directory;
    @Inject Settings settings;
    @Context UriInfo uri;

    private OpenReferralJson json() { return new OpenReferralJson(settings.baseUrl() + "/api/openreferral"); }

    @GET
    public Response root() {
        noParameters();
        return ok(json().root());
    }

    @GET
    @Path("openapi.json")
    public Response openApi() {
        noParameters();
        try (InputStream in = OpenReferralResource.class.getResourceAsStream("openapi.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${api}", settings.baseUrl() + "/api/openreferral");
            return Response.ok(text, JSON).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("services")
    public Response services() {
        ListQuery q = query(ListQuery.SERVICE_FILTERS);
        Paging paging = q.paging();
        ServicePage page = directory.services(q.serviceFilter(), paging);
        OpenReferralJson json = json();
        return ok(OpenReferralJson.page(page.services().stream()
                .map(s -> json.serviceSummary(s, page.organisations().get(s.getOrganisationId()))).toList(), page.total(), paging));
    }

    @GET
    @Path("services/{id}")
    public Response service(@PathParam("id") String id) {
        noParameters();
        ServicePage page = directory.service(uuid(id, "service")).orElseThrow(() -> missing("service", id));
        var s = page.services().get(0);
        return ok(json().serviceFull(s, page.organisations().get(s.getOrganisationId())));
    }

    @GET
    @Path("service_at_locations")
    public Response serviceAtLocations() {
        ListQuery q = query(ListQuery.SERVICE_FILTERS);
        Paging paging = q.paging();
        LocationPage page = directory.locations(q.serviceFilter(), paging);
        OpenReferralJson json = json();
        return ok(OpenReferralJson.page(page.locations().stream().map(l -> json.serviceAtLocation(l, l.getService(),
                organisation(page.organisations(), l))).toList(), page.total(), paging));
    }

    @GET
    @Path("service_at_locations/{id}")
    public Response serviceAtLocation(@PathParam("id") String id) {
        noParameters();
        LocationPage page = directory.location(uuid(id, "service_at_location")).orElseThrow(() -> missing("service_at_location", id));
        ServiceLocation l = page.locations().get(0);
        OpenReferralJson json = json();
        Map<String, Object> body = json.serviceAtLocation(l, null, null);
        body.put("service", json.serviceFull(l.getService(), organisation(page.organisations(), l)));
        return ok(body);
    }

    @GET
    @Path("taxonomies")
    public Response taxonomies() {
        Paging paging = query(ListQuery.PAGING).paging();
        var slice = directory.taxonomies(paging);
        OpenReferralJson json = json();
        return ok(OpenReferralJson.page(slice.items().stream().map(json::taxonomy).toList(), slice.total(), paging));
    }

    @GET
    @Path("taxonomies/{id}")
    public Response taxonomy(@PathParam("id") String id) {
        noParameters();
        return ok(json().taxonomy(directory.taxonomy(uuid(id, "taxonomy")).orElseThrow(() -> missing("taxonomy", id))));
    }

    @GET
    @Path("taxonomy_terms")
    public Response terms() {
        ListQuery q = query(ListQuery.TERM_FILTERS);
        Paging paging = q.paging();
        var taxonomy = q.uuid("taxonomy_id");
        var slice = directory.terms(taxonomy == null ? null : taxonomy.toString(), paging);
        Map<Long, String> parents = directory.parentUuids(slice.items());
        OpenReferralJson json = json();
        return ok(OpenReferralJson.page(slice.items().stream().map(t -> json.term(t, parents.get(t.getParentId()))).toList(),
                slice.total(), paging));
    }

    @GET
    @Path("taxonomy_terms/{id}")
    public Response term(@PathParam("id") String id) {
        noParameters();
        TaxonomyTerm t = directory.term(uuid(id, "taxonomy_term")).orElseThrow(() -> missing("taxonomy_term", id));
        return ok(json().term(t, directory.parentUuids(List.of(t)).get(t.getParentId())));
    }

    private ListQuery query(Set<String> allowed) {
        return ListQuery.of(uri.getQueryParameters(), allowed);
    }

    private void noParameters() {
        ListQuery.of(uri.getQueryParameters(), Set.of());
    }

    private static Organisation organisation(Map<Long, Organisation> organisations, ServiceLocation l) {
        return organisations.get(l.getService().getOrganisationId());
    }

    private static String uuid(String id, String kind) {
        return Ids.parse(id).map(Object::toString)
                .orElseThrow(() -> ApiProblem.badRequest("A " + kind + " id is a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2."));
    }

    private static ApiProblem missing(String kind, String id) {
        return ApiProblem.notFound("No published " + kind + " has the id " + id + ".");
    }

    private static Response ok(Object body) {
        return Response.ok(Json.write(body), JSON).build();
    }
}
