package vn.motcua.security;

import java.util.List;

/** One page of the audit trail (newest first) and how many entries the filter matches in all. */
public record AuditPage(List<AuditLine> lines, long total, int offset, int limit) {
    public AuditPage {
        lines = List.copyOf(lines);
    }

    /** True when entries follow this page. */
    public boolean hasMore() {
        return offset + lines.size() < total;
    }
}
