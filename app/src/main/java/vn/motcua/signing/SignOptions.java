package vn.motcua.signing;

/**
 * How a PDF is signed: the optional reason and place written into the signature (and shown in
 * the box), the 1-based page the visible box goes on (null: the last page, where a decision's
 * signature block is) and the box itself (null: bottom right of that page).
 */
public record SignOptions(String reason, String location, Integer page, SignatureBox box) {
    public static SignOptions defaults() {
        return new SignOptions(null, null, null, null);
    }

    public SignOptions withReason(String value) {
        return new SignOptions(value, location, page, box);
    }

    public SignOptions withLocation(String value) {
        return new SignOptions(reason, value, page, box);
    }

    public SignOptions onPage(Integer value) {
        return new SignOptions(reason, location, value, box);
    }

    public SignOptions inBox(SignatureBox value) {
        return new SignOptions(reason, location, page, value);
    }
}
