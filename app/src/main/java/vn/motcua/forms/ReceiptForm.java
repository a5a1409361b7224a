package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt and appointment a citizen takes
 * home, with the dossier code and its tracking QR, the papers handed in, the legal time, the
 * hour received and the hour the result is due, fees, the register line and two signatures.
 * Laid out to fit one page in the common case; long tables flow onto more pages.
 */
public final class ReceiptForm {
    static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    static final String COPY_CITIZEN = "Liên 1: Giao người nộp hồ sơ";
    static final String COPY_OFFICE = "Liên 2: Lưu tại cơ quan";
    private static final float TRACKING_QR = 27 * PageWriter.MM;
    private static final float PAYMENT_QR = 25 * PageWriter.MM;
    private static final float B = FormText.BODY;

    private final FormFonts fonts;

    public ReceiptForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    /** The receipt as PDF bytes, in one copy or two (citizen's and office's). */
    public byte[] render(ReceiptData data, Copies copies) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(data.header(), "header");
        Objects.requireNonNull(data.qrText(), "qrText");
        return FormDocument.render(fonts, "Giấy tiếp nhận hồ sơ " + FormText.nz(data.dossierCode()), w -> {
            if (copies == Copies.TWO) {
                copy(w, data, COPY_CITIZEN);
                copy(w, data, COPY_OFFICE);
            } else {
                copy(w, data, null);
            }
        });
    }

    private static void copy(PageWriter w, ReceiptData d, String caption) {
        w.startPart();
        HeaderBlock.draw(w, d.header());
        FormText.title(w, TITLE, caption);
        QrBeside.draw(w, d.qrText(), TRACKING_QR, null, List.of(
                new Para(List.of(Span.regular("Mã hồ sơ: "), Span.bold(FormText.nz(d.dossierCode()))), 13, 2),
                new Para(List.of(Span.italic(FormText.nz(d.lookupHint()))), 11, 6),
                Para.field(B, "Tiếp nhận hồ sơ của:", d.applicantName(), true),
                Para.field(B, "Số định danh cá nhân:", d.idNumber(), false),
                Para.field(B, "Địa chỉ:", d.address(), false)));
        List<Para> who = new ArrayList<>();
        String contact = contact(d.phone(), d.email());
        if (!contact.isEmpty()) {
            who.add(Para.of(B, Span.regular(contact)));
        }
        if (VnFormat.present(d.ownerName())) {
            who.add(Para.field(B, "Chủ hồ sơ:", d.ownerName(), true));
        }
        who.add(Para.field(B, "Nội dung yêu cầu giải quyết:", d.procedureName(), true));
        who.add(Para.of(B, Span.regular("1. Thành phần hồ sơ nộp gồm:")));
        FormText.flow(w, who);
        FormText.components(w, d.components(), "Ghi chú");
        FormText.flow(w, List.of(
                Para.field(B, "2. Số lượng hồ sơ:", VnFormat.twoDigits(d.sets()) + " bộ", false),
                Para.field(B, "3. Thời hạn giải quyết hồ sơ theo quy định:", d.legalTime(), false),
                Para.field(B, "4. Thời gian nhận hồ sơ:", d.receivedAt() == null ? "" : VnFormat.timeAndDay(d.receivedAt()), false),
                Para.field(B, "5. Thời gian trả kết quả giải quyết hồ sơ:",
                        d.dueAt() == null ? "" : VnFormat.timeAndDay(d.dueAt()), true),
                Para.field(B, "6. Đăng ký nhận kết quả tại:", d.returnMethod(), false)));
        fees(w, d);
        w.down(2);
        FormText.flow(w, List.of(Para.of(B, Span.italic("Vào Sổ theo dõi hồ sơ, quyển số " + FormText.nz(d.registerBook())
                + ", số thứ tự " + FormText.nz(d.registerLine()) + "."))));
        SignatureBlock.draw(w, List.of(new SignatureBlock.Signer("NGƯỜI NỘP HỒ SƠ", d.applicantName()),
                new SignatureBlock.Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", d.receivingOfficer())));
    }

    private static String contact(String phone, String email) {
        List<String> parts = new ArrayList<>();
        if (VnFormat.present(phone)) {
            parts.add("Số điện thoại: " + phone.strip());
        }
        if (VnFormat.present(email)) {
            parts.add("Email: " + email.strip());
        }
        return String.join("      ", parts);
    }

    private static void fees(PageWriter w, ReceiptData d) {
        List<Para> lines = new ArrayList<>();
        List<FeeRow> fees = d.fees() == null ? List.of() : d.fees();
        if (fees.isEmpty()) {
            lines.add(Para.field(B, "7. Phí, lệ phí:", "Không thu", false));
        } else {
            lines.add(Para.of(B, Span.regular("7. Phí, lệ phí:")));
            long total = 0;
            for (FeeRow f : fees) {
                lines.add(Para.of(B, Span.regular("- " + FormText.nz(f.name()) + ": " + VnFormat.money(f.amount()))));
                total += f.amount();
            }
            lines.add(Para.of(B, Span.regular("Tổng cộng: "), Span.bold(VnFormat.money(total))));
        }
        if (VnFormat.present(d.feeCollection())) {
            lines.add(Para.field(B, "Hình thức thu:", d.feeCollection(), false));
        }
        if (VnFormat.present(d.paymentQrText())) {
            QrBeside.draw(w, d.paymentQrText(), PAYMENT_QR, "Quét để chuyển khoản phí", lines);
        } else {
            FormText.flow(w, lines);
        }
    }
}
