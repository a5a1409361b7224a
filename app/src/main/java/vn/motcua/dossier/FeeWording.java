package vn.motcua.dossier;

import java.util.List;
import vn.motcua.office.Office;

/** How fees are described on the receipt and in the transfer text (Vietnamese legal wording). */
final class FeeWording {
    private FeeWording() {
    }

    /**
     * The transfer purpose: the dossier code in ASCII (VietQR field 62.08 allows 25 characters;
     * an agency ID long enough to pass that is cut from the left, keeping date and sequence,
     * which is what statement matching reads).
     */
    static String purpose(String code) {
        return code.length() <= 25 ? code : code.substring(code.length() - 25);
    }

    static String collection(List<DossierFee> fees, Office here) {
        if (fees.isEmpty()) {
            return "Không thu phí, lệ phí";
        }
        boolean due = fees.stream().anyMatch(f -> f.state() == FeeState.DUE);
        if (due) {
            return here.bankAccount().isPresent() ? "Chưa thu (nộp tiền mặt tại quầy hoặc chuyển khoản theo mã QR)"
                    : "Chưa thu (nộp tiền mặt tại quầy)";
        }
        StringBuilder text = new StringBuilder();
        for (DossierFee f : fees) {
            String how = switch (f.state()) {
                case PAID -> f.method() == PaymentMethod.TRANSFER ? "đã thu qua chuyển khoản" : "đã thu tiền mặt";
                case EXEMPT -> "miễn (" + f.ground() + ")";
                case REFUNDED -> "đã hoàn trả";
                case DUE -> "chưa thu";
            };
            text.append(text.isEmpty() ? "" : "; ").append(f.name()).append(": ").append(how);
        }
        return text.toString();
    }
}
