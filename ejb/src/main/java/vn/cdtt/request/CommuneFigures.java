package vn.cdtt.request;

import java.io.Serializable;

/**
 * A commune's helper requests over a period, as the province's weekly report carries them: how fast they were
 * answered and what share of the seats asked for was filled by the start.
 *
 * @param answerHours the mean hours from filing to the answer (accepted or declined), null when none was answered
 * @param seatsAsked  the helper seats of the accepted requests that have started (helpers × sessions)
 * @param seatsFilled those of them filled by the start
 */
public record CommuneFigures(Long communeId, String commune, int requests, int answered, Double answerHours,
                             int seatsAsked, int seatsFilled) implements Serializable {

    /** The filled share in whole percent, null when no seat was asked for. */
    public Integer getFilledPercent() {
        return seatsAsked == 0 ? null : (int) Math.round(100.0 * seatsFilled / seatsAsked);
    }
}
