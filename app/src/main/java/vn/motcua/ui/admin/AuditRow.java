package vn.motcua.ui.admin;

/** One line of the Nhật ký table, already in words: time in Vietnam time, the action named. */
public record AuditRow(String time, String user, String action, String subject, String detail) {
}
