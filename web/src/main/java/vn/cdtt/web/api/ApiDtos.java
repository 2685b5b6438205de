package vn.cdtt.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cdtt.common.VietnamTime;
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
 * Dates are ISO 8601 ({@code 2030-01-07}), times of day Vietnam local time ({@code 08:00:00}), moments with their
 * offset ({@code 2030-01-07T08:05:00+07:00}). The OpenAPI document describes each record, property by property
 * ({@code vn.cdtt.api.ApiSchemas}, in the EJB module); ApiIT checks every answer against it.
 */
public final class ApiDtos {

    private ApiDtos() {
    }

    /** A moment of Vietnam local time with its offset (+07:00), as RFC 3339 wants a date-time. */
    static OffsetDateTime moment(LocalDateTime local) {
        return local == null ? null : local.atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    public record CommuneDto(Long id, String code, String name, String type) {
        static CommuneDto of(Commune c) {
            return new CommuneDto(c.getId(), c.getCode(), c.getName(), c.getType().name());
        }
    }

    public record SessionDto(String dayOfWeek, String part, LocalTime start, LocalTime end, int seats) {
        static SessionDto of(SiteSession s) {
            return new SessionDto(s.getDayOfWeek().name(), s.getPart().name(), s.getStartTime(), s.getEndTime(),
                    s.getSeats());
        }
    }

    public record SiteDto(Long id, Long communeId, String name, String kind, String address,
                          List<SessionDto> sessions) {
        static SiteDto of(ServiceSite s) {
            return new SiteDto(s.getId(), s.getCommune().getId(), s.getName(), s.getKind().name(), s.getAddress(),
                    s.getSessions().stream()
                            .sorted(Comparator.comparing(SiteSession::getDayOfWeek).thenComparing(SiteSession::getPart))
                            .map(SessionDto::of).toList());
        }
    }

    public record OnDutyDto(Long assignmentId, String memberName, OffsetDateTime checkedInAt,
                            OffsetDateTime checkedOutAt, String presence) {
        static OnDutyDto of(Assignment a) {
            return new OnDutyDto(a.getId(), a.getMember().getFullName(), moment(a.getCheckedInAt()),
                    moment(a.getCheckedOutAt()),
                    a.getPresence() == null ? null : a.getPresence().name());
        }
    }

    public record ShiftDto(Long id, Long communeId, Long siteId, String siteName, LocalDate date, String part,
                           LocalTime start, LocalTime end, int seats, int filled, List<OnDutyDto> onDuty) {
        static ShiftDto of(Shift s) {
            return new ShiftDto(s.getId(), s.getCommuneId(), s.getSite().getId(), s.getSite().getName(), s.getDate(),
                    s.getPart().name(), s.getStartTime(), s.getEndTime(), s.getSeats(), s.getFilled(),
                    s.getAssignments().stream().map(OnDutyDto::of).toList());
        }
    }

    public record MyShiftDto(Long shiftId, Long assignmentId, String siteName, String siteAddress, LocalDate date,
                             String part, LocalTime start, LocalTime end, OffsetDateTime checkedInAt,
                             OffsetDateTime checkedOutAt, List<String> partners) {
        static MyShiftDto of(Shift s, Long memberId) {
            Assignment mine = s.getAssignments().stream().filter(a -> a.getMember().getId().equals(memberId))
                    .findFirst().orElseThrow();
            return new MyShiftDto(s.getId(), mine.getId(), s.getSite().getName(), s.getSite().getAddress(),
                    s.getDate(), s.getPart().name(), s.getStartTime(), s.getEndTime(), moment(mine.getCheckedInAt()),
                    moment(mine.getCheckedOutAt()), s.getAssignments().stream().filter(a -> a != mine)
                            .map(a -> a.getMember().getFullName()).toList());
        }
    }

    public record AttendanceDto(Long assignmentId, Long shiftId, OffsetDateTime checkedInAt,
                                OffsetDateTime checkedOutAt, Map<String, Integer> helped) {
        static AttendanceDto of(Assignment a) {
            Map<String, Integer> helped = new TreeMap<>();
            a.getHelped().forEach((k, v) -> helped.put(k.name(), v));
            return new AttendanceDto(a.getId(), a.getShift().getId(), moment(a.getCheckedInAt()),
                    moment(a.getCheckedOutAt()), helped);
        }
    }

    public record HelpedDto(Map<String, Integer> counts) {
    }

    public record CoverageDto(Long communeId, String communeName, int required, int filled, int seatsShort,
                              String light) {
        static CoverageDto of(CommuneCoverage c) {
            return new CoverageDto(c.communeId(), c.communeName(), c.required(), c.filled(), c.seatsShort(),
                    c.light().name());
        }
    }

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

    public record UnavailabilityDto(Long id, LocalDate date, String part, String reason) {
        static UnavailabilityDto of(Unavailability u) {
            return new UnavailabilityDto(u.getId(), u.getDate(), u.getPart().name(), u.getReason());
        }
    }

    public record NewUnavailabilityDto(LocalDate date, String part, String reason) {
    }

    public record UnmetDto(String code, String name) {
        static List<UnmetDto> of(List<UnmetCriterion> unmet) {
            return unmet.stream().map(u -> new UnmetDto(u.code(), u.name())).toList();
        }
    }

    public record RatingDto(long communeId, String communeName, String colour, List<UnmetDto> unmet) {
        static RatingDto of(CommuneRating r) {
            return new RatingDto(r.communeId(), r.communeName(), r.colour().name(), UnmetDto.of(r.unmet()));
        }
    }

    public record WeekRatingDto(LocalDate monday, String colour, List<UnmetDto> unmet) {
        static WeekRatingDto of(WeekRating r) {
            return new WeekRatingDto(r.monday(), r.colour().name(), UnmetDto.of(r.unmet()));
        }
    }

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

    public record TargetDto(String metric, long target, long actual, int percent) {
        static TargetDto of(TrainingReport.Progress p) {
            return new TargetDto(p.metric().name(), p.target(), p.actual(), p.percent());
        }
    }

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
