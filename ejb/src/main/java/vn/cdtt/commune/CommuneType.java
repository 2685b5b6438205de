package vn.cdtt.commune;

/** Commune-level unit: a rural commune (xã) or an urban ward (phường). Names come from the bundle: CommuneType.XA … */
public enum CommuneType {
    XA, PHUONG
}
