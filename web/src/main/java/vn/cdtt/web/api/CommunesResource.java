package vn.cdtt.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.rating.RatingService;
import vn.cdtt.web.api.ApiDtos.CommuneDto;
import vn.cdtt.web.api.ApiDtos.ShiftDto;
import vn.cdtt.web.api.ApiDtos.SiteDto;
import vn.cdtt.web.api.ApiDtos.WeekRatingDto;

/** Communes, their sites and a week of their shifts: the same services as the pages, which check role and commune. */
@Path("/communes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "communes")
public class CommunesResource {

    @EJB
    CommuneService communes;

    @EJB
    ShiftService shifts;

    @EJB
    RatingService ratings;

    @Context
    Request request;

    @GET
    @Operation(operationId = "listCommunes", summary = "The communes the caller works with",
            description = "The province and viewers: every commune of the province, by name; a commune coordinator: "
                    + "their own; others: none.")
    @APIResponse(responseCode = "200", description = "A page of communes",
            content = @Content(schema = @Schema(ref = "CommunePage")))
    public Response list(@Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                         @QueryParam("page") String page,
                         @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                         @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        return Cached.page(request, PageOf.of(communes.visibleCommunes(), asked, CommuneDto::of));
    }

    @GET
    @Path("/{id}/sites")
    @Operation(operationId = "communeSites", summary = "A commune's service sites with their weekly sessions",
            description = "Province-wide readers and the commune's own people.")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(schema = @Schema(ref = "SiteList")))
    public Response sites(@PathParam("id") long id) {
        return Cached.ok(request, communes.sites(id).stream().map(SiteDto::of).toList());
    }

    @GET
    @Path("/{id}/shifts")
    @Operation(operationId = "communeShifts", summary = "A commune's week of shifts with who is on them",
            description = "Monday to Sunday of the week of `week` (default: this week). Coordinators of the commune, "
                    + "the province and viewers.")
    @APIResponse(responseCode = "200", description = "The week's shifts by date and time",
            content = @Content(schema = @Schema(ref = "ShiftList")))
    public Response week(@PathParam("id") long id,
                         @Parameter(description = "Any day of the week (default: this week)",
                                 schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("week") String week) {
        return Cached.ok(request, shifts.week(id, ApiParams.date(week, "week", ApiParams.today())).stream()
                .map(ShiftDto::of).toList());
    }

    @GET
    @Path("/{id}/ratings")
    @Operation(operationId = "communeRatings", summary = "A commune's ratings of the last weeks, newest first",
            description = "Province-wide readers, and the commune's own coordinator.")
    @APIResponse(responseCode = "200", description = "One rating per week",
            content = @Content(schema = @Schema(ref = "WeekRatingList")))
    public Response history(@PathParam("id") long communeId,
                            @Parameter(description = "Any day of the newest week (default: last week)",
                                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("week") String week,
                            @Parameter(description = "How many weeks, 1 to 52 (12)",
                                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("weeks") String weeks) {
        Integer asked = ApiParams.integer(weeks, "weeks", 1, 52);
        int n = asked == null ? RatingService.HISTORY_WEEKS : asked;
        List<WeekRatingDto> body = ratings.ratingHistory(communeId,
                ApiParams.date(week, "week", ApiParams.today().minusWeeks(1)), n).stream()
                .map(WeekRatingDto::of).toList();
        return Cached.ok(request, body);
    }
}
