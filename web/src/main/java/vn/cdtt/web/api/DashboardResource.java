package vn.cdtt.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cdtt.dashboard.Dashboard;
import vn.cdtt.web.api.ApiDtos.DashboardDto;

/** The figures of *Tổng quan* ({@link Dashboard}, which checks role and commune). */
@Path("/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard")
public class DashboardResource {

    @EJB
    Dashboard dashboard;

    @Context
    Request request;

    @GET
    @Operation(operationId = "dashboard", summary = "Now, this week, 12 weeks of trend, training targets and allowances of the year",
            description = "Province and viewers: the whole province or one commune (communeId); a commune "
                    + "coordinator: their own.")
    @APIResponse(responseCode = "200", description = "The dashboard's figures",
            content = @Content(schema = @Schema(ref = "Dashboard")))
    public Response figures(@Parameter(description = "One commune (default: the whole province, or the caller's own)",
                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                            @QueryParam("communeId") String communeId) {
        return Cached.ok(request, DashboardDto.of(dashboard.view(ApiParams.id(communeId, "communeId"))));
    }
}
