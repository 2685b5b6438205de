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
import vn.cdtt.rating.RatingService;
import vn.cdtt.web.api.ApiDtos.RatingDto;

/** Communes' ratings by criteria (GREEN / YELLOW / RED with the criteria not met), through {@link RatingService};
 * a commune's history is {@code /communes/{id}/ratings} in {@link CommunesResource}. */
@Path("/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ratings")
public class RatingsResource {

    @EJB
    RatingService ratings;

    @Context
    Request request;

    @GET
    @Operation(operationId = "ratings", summary = "Every commune's rating for a week, worst first",
            description = "RED, then YELLOW, each by the number of criteria not met. Province and viewers: every "
                    + "commune; a commune coordinator: their own.")
    @APIResponse(responseCode = "200", description = "A page of ratings",
            content = @Content(schema = @Schema(ref = "RatingPage")))
    public Response week(@Parameter(description = "Any day of the week (default: last week)",
                                 schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("week") String week,
                         @Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                         @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                         @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        return Cached.page(request, PageOf.of(
                ratings.ratingsForWeek(ApiParams.date(week, "week", ApiParams.today().minusWeeks(1))), asked,
                RatingDto::of));
    }
}
