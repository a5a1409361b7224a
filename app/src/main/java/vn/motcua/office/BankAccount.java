package vn.motcua.office;

/**
 * The commune's account that citizens transfer fees to (shown as a VietQR).
 *
 * @param bin the bank's 6-digit NAPAS BIN
 * @param account the account number
 * @param bankName printed under the QR so the citizen can check it; may be null
 */
public record BankAccount(String bin, String account, String bankName) {
}
