package vn.motcua.office;

/**
 * A change to the office settings; every null component is left as it is.
 *
 * @param parentBody the people's committee printed above the issuing body on forms
 * @param placeName the place before the date on forms ("Xã An Bình, ngày …")
 */
public record OfficeSettings(String name, String province, String lookupUrl, String parentBody, String placeName,
        String phone, BankAccount bank, Numbering numbering) {

    public static OfficeSettings none() {
        return new OfficeSettings(null, null, null, null, null, null, null, null);
    }

    public OfficeSettings withBank(BankAccount account) {
        return new OfficeSettings(name, province, lookupUrl, parentBody, placeName, phone, account, numbering);
    }

    public OfficeSettings withNumbering(Numbering value) {
        return new OfficeSettings(name, province, lookupUrl, parentBody, placeName, phone, bank, value);
    }
}
