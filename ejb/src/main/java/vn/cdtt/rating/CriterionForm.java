package vn.cdtt.rating;

import java.io.Serializable;
import java.time.LocalDate;

/** What the province coordinator types for a new criterion (version). */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameVi;
    private String nameEn;
    private CriterionKind kind = CriterionKind.COMPUTED;
    private Measure measure;
    private Integer threshold;
    private LocalDate validFrom;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public void setKind(CriterionKind kind) {
        this.kind = kind;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
