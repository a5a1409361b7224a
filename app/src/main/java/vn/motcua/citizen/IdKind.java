package vn.motcua.citizen;

/**
 * The kind of personal identification number. The portal sends the owner's ID type as a number:
 * 1 for the 12-digit personal ID (số định danh cá nhân, on the căn cước / CCCD card), 2 for the
 * old 9-digit ID card (CMND), no longer valid since 31/12/2024 but still found in old records.
 */
public enum IdKind {
    PERSONAL_ID_12(12, 1),
    OLD_ID_CARD_9(9, 2);

    private final int digits;
    private final int portalCode;

    IdKind(int digits, int portalCode) {
        this.digits = digits;
        this.portalCode = portalCode;
    }

    public int digits() {
        return digits;
    }

    /** The owner ID type code the national portal uses. */
    public int portalCode() {
        return portalCode;
    }
}
