package vn.motcua.sync.portal;

/** The dossier version carried in an {@code ETag} / {@code If-Match} header, as both sides of the contract read it. */
public final class EntityTags {
    private EntityTags() {
    }

    /** {@code "7"} → 7; {@code W/"7"} → 7; absent or not a number (the catalogue's tag) → null. */
    public static Long version(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String v = tag.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
