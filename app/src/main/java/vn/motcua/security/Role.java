package vn.motcua.security;

/** What a person does in the office; each role sees and may do different things. */
public enum Role {
    /** Công chức tiếp nhận và trả kết quả: receives dossiers at the desk, returns results. */
    CLERK,
    /** Công chức chuyên môn: processes dossiers. */
    SPECIALIST,
    /** Chủ tịch / Phó Chủ tịch UBND xã: approves, watches the on-time rate. */
    CHAIR,
    /** Keeps accounts, the procedure catalogue and the holiday calendar. */
    ADMINISTRATOR;

    /** Parses a role name as typed on the command line ("clerk", "CHAIR"…). */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw new vn.motcua.common.UserFacingException("user.unknownRole", text,
                "clerk, specialist, chair, administrator");
    }
}
