package vn.motcua.dossier;

/** A bank-transfer request for a dossier's unpaid fees, with its VietQR text. */
public record PaymentRequest(String dossierCode, long amount, String bankBin, String account, String bankName,
        String purpose, String vietQr) {
}
