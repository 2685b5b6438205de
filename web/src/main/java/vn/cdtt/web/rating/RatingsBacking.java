package vn.cdtt.web.rating;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.rating.CommuneRating;
import vn.cdtt.rating.RatingColour;
import vn.cdtt.rating.RatingService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.WeekChoice;

/**
 * rating/communes.xhtml: every commune's rating for a week, worst first, with the criteria not met; filtered by
 * colour and name (diacritics ignored). The province's communes are a few hundred at most and their ratings are
 * computed together, so the table pages them in memory.
 */
@Named
@ViewScoped
public class RatingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RatingService ratings;

    private final WeekChoice week = new WeekChoice();
    private List<CommuneRating> all = List.of();
    private List<CommuneRating> rows = List.of();
    private RatingColour colour;
    private String name;

    @PostConstruct
    void init() {
        week.previous();
        reload();
    }

    private void reload() {
        all = Actions.get(() -> ratings.ratingsForWeek(week.getMonday()), List.of());
        filter();
    }

    public void filter() {
        String folded = name == null || name.isBlank() ? null : VietnameseText.fold(name.trim());
        rows = all.stream().filter(r -> colour == null || r.colour() == colour)
                .filter(r -> folded == null || VietnameseText.fold(r.communeName()).contains(folded)).toList();
    }

    public void previousWeek() {
        week.previous();
        reload();
    }

    public void nextWeek() {
        week.next();
        reload();
    }

    public long count(String c) {
        RatingColour l = RatingColour.valueOf(c);
        return all.stream().filter(r -> r.colour() == l).count();
    }

    public String unmetNames(CommuneRating r) {
        return String.join("; ", r.unmet().stream().map(u -> u.name()).toList());
    }

    public RatingColour[] getColours() {
        return RatingColour.values();
    }

    public WeekChoice getWeek() {
        return week;
    }

    public LocalDate getMonday() {
        return week.getMonday();
    }

    public List<CommuneRating> getRows() {
        return rows;
    }

    public RatingColour getColour() {
        return colour;
    }

    public void setColour(RatingColour colour) {
        this.colour = colour;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
