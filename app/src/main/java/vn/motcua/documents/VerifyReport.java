package vn.motcua.documents;

import java.util.List;

/** What {@code documents verify} found: files checked, and the SHA-256 of those missing or altered. */
public record VerifyReport(int checked, List<String> missing, List<String> altered) {
    public VerifyReport {
        missing = List.copyOf(missing);
        altered = List.copyOf(altered);
    }

    public boolean intact() {
        return missing.isEmpty() && altered.isEmpty();
    }
}
