package vn.cdtt.commune;

/** Commune-level unit: a rural commune (xã) or an urban ward (phường). Names come from the bundle: CommuneType.XA … */
public enum CommuneType {
    XA("Xã"), PHUONG("Phường");

    private final String title;

    CommuneType(String title) {
        this.title = title;
    }

    /** The official name, as the province's documents write it in either language: "Xã Ia Grai", "Phường Pleiku". */
    public String fullName(String name) {
        return title + " " + name;
    }
}
