package vn.cdtt.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.web.api.ApiDtos.AttendanceDto;
import vn.cdtt.web.api.ApiDtos.HelpedDto;
import vn.cdtt.web.api.ApiDtos.MyShiftDto;
import vn.cdtt.web.api.ApiDtos.NewUnavailabilityDto;
import vn.cdtt.web.api.ApiDtos.TrainingDto;
import vn.cdtt.web.api.ApiDtos.UnavailabilityDto;

/**
 * The calling member's own duty, for a phone app: next shifts, trainings they lead or assist, check in and out, the
 * citizens helped, unavailability. Members only (linked to their record); the services refuse everyone else and
 * treat another member's shift as not there.
 */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {

    @EJB
    MyShifts myShifts;

    @EJB
    TrainingSchedule schedule;

    @EJB
    AttendanceService attendance;

    @EJB
    AvailabilityService availability;

    @EJB
    AccountService accounts;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Path("shifts")
    @Operation(operationId = "myShifts", summary = "The caller's shifts that have not ended yet (at most 20), with who else is on them")
    @APIResponse(responseCode = "200", description = "A page of shifts",
            content = @Content(schema = @Schema(ref = "MyShiftPage")))
    public Response shifts(@Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                           @QueryParam("page") String page,
                           @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                           @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        Long me = accounts.me().memberId();
        return Cached.page(request, PageOf.of(myShifts.next(), asked, s -> MyShiftDto.of(s, me)));
    }

    @GET
    @Path("trainings")
    @Operation(operationId = "myTrainings", summary = "Training sessions the caller leads or assists in the coming year (at most 50)")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(schema = @Schema(ref = "TrainingPage")))
    public Response trainings(@Parameter(description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER))
                              @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 100 (20)", schema = @Schema(type = SchemaType.INTEGER))
                              @QueryParam("size") String size) {
        PageOf.Asked asked = PageOf.Asked.of(ApiParams.integer(page, "page"), ApiParams.integer(size, "size"));
        return Cached.page(request, PageOf.of(schedule.mine(), asked, TrainingDto::of));
    }

    @POST
    @Path("assignments/{id}/check-in")
    @Operation(operationId = "checkIn", summary = "Check in on one of the caller's shifts",
            description = "From 30 minutes before the start until the end, once.")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(ref = "Attendance")))
    @APIResponse(responseCode = "409", description = "Refused in the state things are in (the month is under review)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AttendanceDto checkIn(@Parameter(description = "The assignment id (assignmentId of /me/shifts)", required = true)
                                 @PathParam("id") long id) {
        return AttendanceDto.of(attendance.checkIn(id));
    }

    @POST
    @Path("assignments/{id}/check-out")
    @Operation(operationId = "checkOut", summary = "Check out of one of the caller's shifts, after checking in")
    @APIResponse(responseCode = "200", description = "Checked out",
            content = @Content(schema = @Schema(ref = "Attendance")))
    public AttendanceDto checkOut(@PathParam("id") long id) {
        return AttendanceDto.of(attendance.checkOut(id));
    }

    @PUT
    @Path("assignments/{id}/helped")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logCitizensHelped", summary = "The citizens helped on one of the caller's shifts, by service (counts only)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(ref = "Attendance")))
    public AttendanceDto helped(@PathParam("id") long id,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(ref = "Helped")))
                                HelpedDto body) {
        if (body == null || body.counts() == null) {
            throw new InvalidInputException("api.body.required");
        }
        Map<HelpService, Integer> counts = new EnumMap<>(HelpService.class);
        body.counts().forEach((service, count) -> counts.put(ApiParams.choice(HelpService.class, service, "counts"),
                count == null ? 0 : count));
        return AttendanceDto.of(attendance.logHelped(id, counts));
    }

    @GET
    @Path("unavailability")
    @Operation(operationId = "myUnavailability", summary = "The caller's unavailability from today on")
    @APIResponse(responseCode = "200", description = "By date and part of the day",
            content = @Content(schema = @Schema(ref = "UnavailabilityList")))
    public Response unavailability() {
        List<UnavailabilityDto> mine = availability.mine().stream().map(UnavailabilityDto::of).toList();
        return Cached.ok(request, mine);
    }

    @POST
    @Path("unavailability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareUnavailability", summary = "Declare a part of a day the caller cannot be on duty",
            description = "Refused when the caller already has a duty then.")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(schema = @Schema(ref = "Unavailability")))
    public Response declare(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(ref = "NewUnavailability")))
                            NewUnavailabilityDto body) {
        if (body == null || body.date() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("date", "api.param.required",
                    "date")));
        }
        SessionPart part = ApiParams.choice(SessionPart.class, body.part(), "part");
        if (part == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("part", "api.param.required",
                    "part")));
        }
        UnavailabilityDto made = UnavailabilityDto.of(availability.declare(body.date(), part, body.reason()));
        return Response.created(uri.getBaseUriBuilder().path("me/unavailability/{id}").build(made.id()))
                .entity(made).build();
    }

    @DELETE
    @Path("unavailability/{id}")
    @Operation(operationId = "withdrawUnavailability", summary = "Withdraw one of the caller's unavailability")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void withdraw(@PathParam("id") long id) {
        availability.withdraw(id);
    }
}
