package vn.motcua.doctor;

/** One line of the doctor's report: what was checked, how it stands, and the detail. */
public record Check(String name, Status status, String detail) {
    /** OK: fine; WARN: works but needs attention soon; FAIL: the desk cannot work. */
    public enum Status { OK, WARN, FAIL }
}
