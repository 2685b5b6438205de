package vn.cdtt.roster;

public enum Gender {
    MALE, FEMALE, OTHER
}
