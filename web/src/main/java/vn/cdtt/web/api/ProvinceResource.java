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
import vn.cdtt.duty.CoverageService;
import vn.cdtt.training.TrainingFilter;
import vn.cdtt.training.TrainingReportService;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.training.TrainingStatus;
import vn.cdtt.web.api.ApiDtos.CoverageDto;
import vn.cdtt.web.api.ApiDtos.TrainingDto;

/**
 * The province's figures: coverage of the week, training sessions and the training report. Province-wide readers see
 * every commune, a commune coordinator their own (asking for another is refused), nobody else. A resource for the
 * dashboard or the ratings is one more class like this one calling their service (README, "API").
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvinceResource {

    /** The years a training report may be asked for. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @EJB
    CoverageService coverage;

    @EJB
    TrainingSchedule schedule;

    @EJB
    TrainingReportService reports;

    @Context
    Request request;

    @GET
    @Path("coverage")
    @Tag(name = "coverage")
    @Operation(operationId = "coverage", summary = "Seats filled against required, per commune, for a week",
            description = "Worst first (most seats short), with the light (GREEN, YELLOW, RED). Province and viewers: "
                    + "every commune; a commune coordinator: their own.")
    @APIResponse(responseCode = "200", description = "A page of communes' coverage",
            content = @Content(schema = @Schema(ref = "CoveragePage")))
    public Response coverage(@Parameter(description = "Any day of the week (default: today)",
                                     schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("week") String week,
                             @Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                             @QueryParam("page") String page,
                             @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                             @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        return Cached.page(request, PageOf.of(coverage.week(ApiParams.date(week, "week", ApiParams.today())), asked,
                CoverageDto::of));
    }

    @GET
    @Path("trainings")
    @Tag(name = "trainings")
    @Operation(operationId = "trainings", summary = "Training sessions, newest first, paged in the database",
            description = "Filtered by commune (a commune coordinator: their own only), status and dates.")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(schema = @Schema(ref = "TrainingPage")))
    public Response trainings(@Parameter(description = "One commune", schema = @Schema(type = SchemaType.INTEGER,
                                      format = "int64")) @QueryParam("communeId") String communeId,
                              @Parameter(description = "PLANNED, HELD or CANCELLED") @QueryParam("status") String status,
                              @Parameter(description = "From this date", schema = @Schema(type = SchemaType.STRING,
                                      format = "date")) @QueryParam("from") String from,
                              @Parameter(description = "Until this date", schema = @Schema(type = SchemaType.STRING,
                                      format = "date")) @QueryParam("to") String to,
                              @Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                              @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                              @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        TrainingFilter filter = new TrainingFilter();
        filter.setCommuneId(ApiParams.id(communeId, "communeId"));
        filter.setStatus(ApiParams.choice(TrainingStatus.class, status, "status"));
        filter.setFrom(ApiParams.date(from, "from", null));
        filter.setTo(ApiParams.date(to, "to", null));
        return Cached.page(request, PageOf.of(schedule.search(filter, asked.request()), asked, TrainingDto::of));
    }

    @GET
    @Path("trainings/report")
    @Tag(name = "trainings")
    @Operation(operationId = "trainingReport", summary = "The training report of a year",
            description = "Totals of held sessions, breakdowns by commune, topic, group, language and month, and the "
                    + "province's targets with progress (for the whole province only).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(ref = "TrainingReport")))
    public Response report(@Parameter(description = "The year, 2000 to 2100 (default: this year)",
                                   schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
                           @Parameter(description = "One commune", schema = @Schema(type = SchemaType.INTEGER,
                                   format = "int64")) @QueryParam("communeId") String communeId) {
        Integer y = ApiParams.integer(year, "year", FIRST_YEAR, LAST_YEAR);
        return Cached.ok(request, reports.report(y == null ? ApiParams.today().getYear() : y,
                ApiParams.id(communeId, "communeId")));
    }
}
