package vn.motcua.dossier;

import java.util.Arrays;

/** The national portal's dossier status codes (trạng thái hồ sơ, reference §4). */
public enum DossierStatus {
    SUBMITTED_ONLINE(1),
    ACCEPTED(2),
    REFUSED(3),
    IN_PROCESS(4),
    SUPPLEMENT_REQUESTED(5),
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    STOPPED(8),
    RESULT_READY(9),
    RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** The portal's code (TrangThaiHoSo). */
    public int code() {
        return code;
    }

    /** True when the deadline clock runs in this status (accepted, in process, waiting for the fee). */
    public boolean clockRuns() {
        return this == ACCEPTED || this == IN_PROCESS || this == AWAITING_PAYMENT;
    }

    /** True when nothing more can happen to the dossier (refused, withdrawn, stopped, returned). */
    public boolean terminal() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    public static DossierStatus of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No dossier status " + code));
    }

    /** Message key of the Vietnamese / English name. */
    public String messageKey() {
        return "dossier.status." + code;
    }
}
