package vn.cdtt.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import vn.cdtt.duty.HelpService;

/**
 * One week's figures of a commune (or, with {@code communeId} null, of the province or of the chosen communes):
 * shifts planned and their seats required and filled, members on duty, attended (the attended rule of
 * {@link vn.cdtt.duty.Assignment#attended()}), no-shows (verdict ABSENT), checked in, citizens helped by service,
 * training sessions held and their participants, helper requests whose first day is in the week (open: NEW, ACCEPTED or
 * FILLING; filled: FILLED or DONE) and the helper seats taken on the week's shifts.
 *
 * @param seatsRequired the seats of the week's sessions: a planned shift's seats, else the site's default seats
 *                      (holidays and closures count nothing), as {@link vn.cdtt.duty.CoverageService} counts them;
 *                      in {@link Figures#trend trends} only the seats of planned shifts
 * @param helped        citizens helped, indexed by {@link HelpService#ordinal()}
 */
public record WeekFigures(Long communeId, String commune, LocalDate monday, int shifts, int seatsRequired,
                          int seatsFilled, int assigned, int attended, int noShows, int checkedIn, int[] helped,
                          int trainings, int participants, int requests, int requestsOpen, int requestsFilled,
                          int helperSeats) implements Serializable {

    public int seatsShort() {
        return Math.max(0, seatsRequired - seatsFilled);
    }

    public int helped(HelpService service) {
        return helped[service.ordinal()];
    }

    public int helpedTotal() {
        return Arrays.stream(helped).sum();
    }

    /**
     * Attended of those whose attendance is known (attended or no-show), in whole percent; null when none is known.
     */
    public Integer attendanceRate() {
        int known = attended + noShows;
        return known == 0 ? null : (int) Math.round(100.0 * attended / known);
    }

    /** Seats filled of the seats required, in whole percent; null when nothing was required. */
    public Integer fillRate() {
        return seatsRequired == 0 ? null : (int) Math.round(100.0 * seatsFilled / seatsRequired);
    }

    /**
     * Counts and adds up figures: the grouped queries' counts of a commune or a day, the province's total, the days
     * of a week.
     */
    static final class Sum {
        int shifts;
        int seatsRequired;
        int seatsFilled;
        int assigned;
        int attended;
        int noShows;
        int checkedIn;
        final int[] helped = new int[HelpService.values().length];
        int trainings;
        int participants;
        int requests;
        int requestsOpen;
        int requestsFilled;
        int helperSeats;

        Sum add(WeekFigures f) {
            shifts += f.shifts;
            seatsRequired += f.seatsRequired;
            seatsFilled += f.seatsFilled;
            assigned += f.assigned;
            attended += f.attended;
            noShows += f.noShows;
            checkedIn += f.checkedIn;
            for (int i = 0; i < helped.length; i++) {
                helped[i] += f.helped[i];
            }
            trainings += f.trainings;
            participants += f.participants;
            requests += f.requests;
            requestsOpen += f.requestsOpen;
            requestsFilled += f.requestsFilled;
            helperSeats += f.helperSeats;
            return this;
        }

        WeekFigures figures(Long communeId, String commune, LocalDate monday) {
            return figures(communeId, commune, monday, seatsRequired, seatsFilled);
        }

        /** The figures with the seats counted elsewhere (the seat coverage of the week). */
        WeekFigures figures(Long communeId, String commune, LocalDate monday, int required, int filled) {
            return new WeekFigures(communeId, commune, monday, shifts, required, filled, assigned, attended, noShows,
                    checkedIn, helped.clone(), trainings, participants, requests, requestsOpen, requestsFilled,
                    helperSeats);
        }
    }
}
