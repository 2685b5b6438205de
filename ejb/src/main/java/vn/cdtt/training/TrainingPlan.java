package vn.cdtt.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a coordinator enters to plan a session, with its rules as Bean Validation constraints whose messages are
 * bundle keys; {@link TrainingSession} checks the rules that span fields (hours, trainers) again.
 */
public class TrainingPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{training.place.required}")
    @Size(max = 200, message = "{training.place.tooLong}")
    private String place;

    @NotNull(message = "{training.date.required}")
    private LocalDate date;

    @NotNull(message = "{training.start.required}")
    private LocalTime startTime;

    @NotNull(message = "{training.end.required}")
    private LocalTime endTime;

    @NotNull(message = "{training.capacity.invalid}")
    @Min(value = 1, message = "{training.capacity.invalid}")
    @Max(value = 1000, message = "{training.capacity.invalid}")
    private Integer capacity = 30;

    @NotEmpty(message = "{training.topics.required}")
    private Set<Long> topicIds = new LinkedHashSet<>();

    @NotEmpty(message = "{training.groups.required}")
    private Set<Long> groupIds = new LinkedHashSet<>();

    @NotEmpty(message = "{training.languages.required}")
    private Set<Long> languageIds = new LinkedHashSet<>();

    @NotNull(message = "{training.lead.required}")
    private Long leadTrainerId;

    private Set<Long> assistantIds = new LinkedHashSet<>();

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Set<Long> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(Set<Long> topicIds) {
        this.topicIds = topicIds == null ? new LinkedHashSet<>() : topicIds;
    }

    public Set<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(Set<Long> groupIds) {
        this.groupIds = groupIds == null ? new LinkedHashSet<>() : groupIds;
    }

    public Set<Long> getLanguageIds() {
        return languageIds;
    }

    public void setLanguageIds(Set<Long> languageIds) {
        this.languageIds = languageIds == null ? new LinkedHashSet<>() : languageIds;
    }

    public Long getLeadTrainerId() {
        return leadTrainerId;
    }

    public void setLeadTrainerId(Long leadTrainerId) {
        this.leadTrainerId = leadTrainerId;
    }

    public Set<Long> getAssistantIds() {
        return assistantIds;
    }

    public void setAssistantIds(Set<Long> assistantIds) {
        this.assistantIds = assistantIds == null ? new LinkedHashSet<>() : assistantIds;
    }
}
