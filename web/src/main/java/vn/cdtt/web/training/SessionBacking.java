package vn.cdtt.web.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.training.Evidence;
import vn.cdtt.training.EvidenceKind;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingEvidence;
import vn.cdtt.training.TrainingPlanning;
import vn.cdtt.training.TrainingResults;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingStatus;
import vn.cdtt.training.TrainingTopic;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * training/session.xhtml: one session. {@code ?id=} opens it – its plan (editable until it starts), its result
 * (recorded once it has started) and its evidence; without an id, a new session of the caller's commune (the
 * province coordinator chooses one).
 */
@Named("trainingSessionBacking")
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TrainingSchedule schedule;

    @EJB
    TrainingPlanning planning;

    @EJB
    TrainingResults results;

    @EJB
    TrainingEvidence trainingEvidence;

    @EJB
    CatalogueService catalogue;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private Long id;
    private TrainingSession training;
    private long version;
    private CommuneChoice commune;
    private TrainingPlan form = new TrainingPlan();
    private TrainingResult result = new TrainingResult();
    private String cancelReason;
    private EvidenceKind evidenceKind = EvidenceKind.PHOTO;
    private transient UploadedFile file;
    private List<Evidence> evidence = List.of();
    private List<Member> trainers = List.of();
    private List<TrainingTopic> topicOptions = List.of();
    private List<TargetGroup> groupOptions = List.of();
    private List<SpokenLanguage> languageOptions = List.of();

    /** f:viewAction: loads the session, or prepares a new one for today. */
    public void load() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        topicOptions = catalogue.list(TrainingTopic.class);
        groupOptions = catalogue.list(TargetGroup.class);
        languageOptions = catalogue.languages();
        if (!Actions.run(this::read)) {
            training = null;
            id = null;
        }
    }

    private void read() {
        if (id != null) {
            training = schedule.find(id);
            version = training.getVersion();
            form = planning.planOf(id);
            commune.setCommuneId(training.getCommune().getId());
            if (training.getResult() != null) {
                result = new TrainingResult(training.getResult());
            }
            evidence = trainingEvidence.of(id);
        } else {
            form.setDate(VietnamTime.today().plusDays(1));
            form.setStartTime(java.time.LocalTime.of(8, 0));
            form.setEndTime(java.time.LocalTime.of(10, 0));
        }
        reloadTrainers();
    }

    /** The commune changed (province coordinator, new session): its members can train. */
    public void reloadTrainers() {
        trainers = List.of();
        if (isCanPlan() && commune.getCommuneId() != null) {
            trainers = Actions.get(() -> planning.trainerCandidates(commune.getCommuneId()), trainers);
        }
    }

    public String save() {
        TrainingSession saved = Actions.get(() -> id == null ? planning.plan(commune.getCommuneId(), form)
                : planning.update(id, version, form), null);
        if (saved == null) {
            return null;
        }
        Faces.info(id == null ? "training.planned" : "common.saved");
        return "/training/session?faces-redirect=true&id=" + saved.getId();
    }

    public String cancel() {
        return Actions.run(() -> planning.cancel(id, cancelReason), "training.cancelledDone")
                ? "/training/session?faces-redirect=true&id=" + id : null;
    }

    public String record() {
        return Actions.run(() -> results.record(id, result), "training.recorded")
                ? "/training/session?faces-redirect=true&id=" + id : null;
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            Faces.error("file", "evidence.empty");
            return null;
        }
        return Actions.runAt("file", () -> trainingEvidence.upload(id, evidenceKind, file.getFileName(),
                file.getContent()), "evidence.uploaded", file.getFileName())
                ? "/training/session?faces-redirect=true&id=" + id : null;
    }

    /** Planning (and changing the plan) is for coordinators, until the session starts. */
    public boolean isCanPlan() {
        return session.isCoordinator() && (training == null
                || (training.getStatus() == TrainingStatus.PLANNED && !training.hasStarted(VietnamTime.now())));
    }

    /** Recording is for coordinators once the session has started, unless it was cancelled. */
    public boolean isCanRecord() {
        return session.isCoordinator() && training != null && training.getStatus() != TrainingStatus.CANCELLED
                && training.hasStarted(VietnamTime.now());
    }

    public boolean isCanCancel() {
        return session.isCoordinator() && training != null && training.getStatus() == TrainingStatus.PLANNED;
    }

    public boolean isToRecord() {
        return training != null && training.isToRecord(VietnamTime.now());
    }

    public boolean isCanDownload() {
        return session.isCoordinator();
    }

    public List<TrainingTopic> getTopicOptions() {
        return topicOptions;
    }

    public List<TargetGroup> getGroupOptions() {
        return groupOptions;
    }

    public List<SpokenLanguage> getLanguageOptions() {
        return languageOptions;
    }

    public String getAssistantNames() {
        return training == null ? "" : training.getAssistants().stream().map(Member::getFullName).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public long getMaxMegabytes() {
        return trainingEvidence.maxEvidenceBytes() / (1024 * 1024);
    }

    public EvidenceKind[] getEvidenceKinds() {
        return EvidenceKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingSession getTraining() {
        return training;
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public TrainingPlan getForm() {
        return form;
    }

    public TrainingResult getResult() {
        return result;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public List<Member> getTrainers() {
        return trainers;
    }
}
