package vn.cdtt.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.dashboard.DashboardView;
import vn.cdtt.dashboard.NowFigures;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.Unavailability;
import vn.cdtt.rating.CommuneRating;
import vn.cdtt.rating.UnmetCriterion;
import vn.cdtt.rating.WeekRating;
import vn.cdtt.roster.Member;
import vn.cdtt.training.TrainingReport;
import vn.cdtt.training.TrainingSession;

/**
 * What the API answers and accepts: records of their own, made from the services' results here, never entities.
 * Dates are ISO 8601 ({@code 2030-01-07}), times Vietnam local time ({@code 08:00:00}).
 */
public final class ApiDtos {

    private ApiDtos() {
    }

    @Schema(name = "Commune", description = "A commune or ward of the province")
    public record CommuneDto(Long id, String code, String name, String type) {
        static CommuneDto of(Commune c) {
            return new CommuneDto(c.getId(), c.getCode(), c.getName(), c.getType().name());
        }
    }

    @Schema(name = "SiteSession", description = "A weekly opening session of a site")
    public record SessionDto(String dayOfWeek, String part, LocalTime start, LocalTime end, int seats) {
        static SessionDto of(SiteSession s) {
            return new SessionDto(s.getDayOfWeek().name(), s.getPart().name(), s.getStartTime(), s.getEndTime(),
                    s.getSeats());
        }
    }

    @Schema(name = "Site", description = "A public administrative service centre site and its weekly sessions")
    public record SiteDto(Long id, Long communeId, String name, String kind, String address,
                          List<SessionDto> sessions) {
        static SiteDto of(ServiceSite s) {
            return new SiteDto(s.getId(), s.getCommune().getId(), s.getName(), s.getKind().name(), s.getAddress(),
                    s.getSessions().stream()
                            .sorted(Comparator.comparing(SiteSession::getDayOfWeek).thenComparing(SiteSession::getPart))
                            .map(SessionDto::of).toList());
        }
    }

    @Schema(name = "OnDuty", description = "A member on a shift, with their attendance")
    public record OnDutyDto(Long assignmentId, String memberName, LocalDateTime checkedInAt,
                            LocalDateTime checkedOutAt, String presence) {
        static OnDutyDto of(Assignment a) {
            return new OnDutyDto(a.getId(), a.getMember().getFullName(), a.getCheckedInAt(), a.getCheckedOutAt(),
                    a.getPresence() == null ? null : a.getPresence().name());
        }
    }

    @Schema(name = "Shift", description = "A shift at a site: seats, who is on it")
    public record ShiftDto(Long id, Long communeId, Long siteId, String siteName, LocalDate date, String part,
                           LocalTime start, LocalTime end, int seats, int filled, List<OnDutyDto> onDuty) {
        static ShiftDto of(Shift s) {
            return new ShiftDto(s.getId(), s.getCommuneId(), s.getSite().getId(), s.getSite().getName(), s.getDate(),
                    s.getPart().name(), s.getStartTime(), s.getEndTime(), s.getSeats(), s.getFilled(),
                    s.getAssignments().stream().map(OnDutyDto::of).toList());
        }
    }

    @Schema(name = "MyShift", description = "One of the caller's shifts: their assignment (to check in on) and who else is on it")
    public record MyShiftDto(Long shiftId, Long assignmentId, String siteName, String siteAddress, LocalDate date,
                             String part, LocalTime start, LocalTime end, LocalDateTime checkedInAt,
                             LocalDateTime checkedOutAt, List<String> partners) {
        static MyShiftDto of(Shift s, Long memberId) {
            Assignment mine = s.getAssignments().stream().filter(a -> a.getMember().getId().equals(memberId))
                    .findFirst().orElseThrow();
            return new MyShiftDto(s.getId(), mine.getId(), s.getSite().getName(), s.getSite().getAddress(),
                    s.getDate(), s.getPart().name(), s.getStartTime(), s.getEndTime(), mine.getCheckedInAt(),
                    mine.getCheckedOutAt(), s.getAssignments().stream().filter(a -> a != mine)
                            .map(a -> a.getMember().getFullName()).toList());
        }
    }

    @Schema(name = "Attendance", description = "The caller's attendance on one of their shifts")
    public record AttendanceDto(Long assignmentId, Long shiftId, LocalDateTime checkedInAt, LocalDateTime checkedOutAt,
                                Map<String, Integer> helped) {
        static AttendanceDto of(Assignment a) {
            Map<String, Integer> helped = new TreeMap<>();
            a.getHelped().forEach((k, v) -> helped.put(k.name(), v));
            return new AttendanceDto(a.getId(), a.getShift().getId(), a.getCheckedInAt(), a.getCheckedOutAt(), helped);
        }
    }

    @Schema(name = "Helped", description = "Citizens helped on a shift, by service (VNEID, ONLINE_FILING, KIOSK, DATA_ENTRY, OTHER)")
    public record HelpedDto(Map<String, Integer> counts) {
    }

    @Schema(name = "Coverage", description = "A commune's week: seats required at its sites, filled, short, and the light")
    public record CoverageDto(Long communeId, String communeName, int required, int filled, int seatsShort,
                              String light) {
        static CoverageDto of(CommuneCoverage c) {
            return new CoverageDto(c.communeId(), c.communeName(), c.required(), c.filled(), c.seatsShort(),
                    c.light().name());
        }
    }

    @Schema(name = "Training", description = "A digital-skills training session")
    public record TrainingDto(Long id, Long communeId, String communeName, String place, LocalDate date,
                              LocalTime start, LocalTime end, String status, String leadTrainer, Integer participants) {
        static TrainingDto of(TrainingSession t) {
            Member lead = t.getLeadTrainer();
            return new TrainingDto(t.getId(), t.getCommune().getId(), t.getCommune().getName(), t.getPlace(),
                    t.getDate(), t.getStartTime(), t.getEndTime(), t.getStatus().name(),
                    lead == null ? null : lead.getFullName(),
                    t.getResult() == null ? null : t.getResult().getParticipants());
        }
    }

    @Schema(name = "Unavailability", description = "A part of a day the caller cannot be on duty")
    public record UnavailabilityDto(Long id, LocalDate date, String part, String reason) {
        static UnavailabilityDto of(Unavailability u) {
            return new UnavailabilityDto(u.getId(), u.getDate(), u.getPart().name(), u.getReason());
        }
    }

    @Schema(name = "NewUnavailability", description = "Declare that the caller cannot be on duty: a date, MORNING or AFTERNOON, a reason")
    public record NewUnavailabilityDto(LocalDate date, String part, String reason) {
    }

    @Schema(name = "Unmet", description = "A criterion not met: its code and its name in the caller's language")
    public record UnmetDto(String code, String name) {
        static List<UnmetDto> of(List<UnmetCriterion> unmet) {
            return unmet.stream().map(u -> new UnmetDto(u.code(), u.name())).toList();
        }
    }

    @Schema(name = "Rating", description = "A commune's rating for a week: GREEN all met, YELLOW 1–5 unmet, RED more")
    public record RatingDto(long communeId, String communeName, String colour, List<UnmetDto> unmet) {
        static RatingDto of(CommuneRating r) {
            return new RatingDto(r.communeId(), r.communeName(), r.colour().name(), UnmetDto.of(r.unmet()));
        }
    }

    @Schema(name = "WeekRating", description = "One week of a commune's ratings (the week's Monday)")
    public record WeekRatingDto(LocalDate monday, String colour, List<UnmetDto> unmet) {
        static WeekRatingDto of(WeekRating r) {
            return new WeekRatingDto(r.monday(), r.colour().name(), UnmetDto.of(r.unmet()));
        }
    }

    @Schema(name = "WeekFigures", description = "A week's figures of a commune (communeId set) or of the province")
    public record WeekFiguresDto(Long communeId, String commune, LocalDate monday, int shifts, int seatsRequired,
                                 int seatsFilled, int seatsShort, int attended, int noShows, int checkedIn,
                                 Integer attendanceRate, Map<String, Integer> helped, int trainings, int participants,
                                 int requests, int requestsOpen, int requestsFilled) {
        static WeekFiguresDto of(WeekFigures f) {
            Map<String, Integer> helped = new TreeMap<>();
            for (HelpService service : HelpService.values()) {
                helped.put(service.name(), f.helped(service));
            }
            return new WeekFiguresDto(f.communeId(), f.commune(), f.monday(), f.shifts(), f.seatsRequired(),
                    f.seatsFilled(), f.seatsShort(), f.attended(), f.noShows(), f.checkedIn(), f.attendanceRate(),
                    helped, f.trainings(), f.participants(), f.requests(), f.requestsOpen(), f.requestsFilled());
        }
    }

    @Schema(name = "TargetProgress", description = "A training target of the year and what is done")
    public record TargetDto(String metric, long target, long actual, int percent) {
        static TargetDto of(TrainingReport.Progress p) {
            return new TargetDto(p.metric().name(), p.target(), p.actual(), p.percent());
        }
    }

    @Schema(name = "Dashboard", description = "Tổng quan: now, this week (communes and total), 12 weeks of trend, "
            + "training targets, allowances of the year")
    public record DashboardDto(Long communeId, LocalDate today, NowFigures now, WeekFiguresDto week,
                               List<WeekFiguresDto> communes, List<WeekFiguresDto> trend, List<TargetDto> targets,
                               DashboardView.Allowances allowances) {
        static DashboardDto of(DashboardView v) {
            return new DashboardDto(v.communeId(), v.today(), v.now(), WeekFiguresDto.of(v.week().total()),
                    v.week().communes().stream().map(WeekFiguresDto::of).toList(),
                    v.trend().stream().map(WeekFiguresDto::of).toList(),
                    v.targets().stream().map(TargetDto::of).toList(), v.allowances());
        }
    }
}
