package vn.motcua.forms;

import java.util.List;
import java.util.Objects;

/**
 * Form 04, Văn bản xin lỗi và hẹn lại ngày trả kết quả: an office letter with its number, to the
 * citizen, recalling the dossier and its original due time, saying which unit holds it and why
 * it is late, apologising and stating the new due time prominently (bold, larger, centred).
 * Signed by the head; the room under the title is recorded as the {@link SignatureBox} for
 * the chair's visible digital signature.
 */
public final class ApologyForm {
    static final String TITLE = "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    /** Letters use the body size of Decree 30/2020. */
    private static final float B = 13;
    private static final float NEW_DUE = 15;

    private final FormFonts fonts;

    public ApologyForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    /** The letter as PDF bytes, with its {@link SignatureBox} recorded. */
    public byte[] render(ApologyData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        Objects.requireNonNull(d.newDue(), "newDue");
        return FormDocument.render(fonts, "Văn bản xin lỗi và hẹn lại ngày trả kết quả " + FormText.nz(d.dossierCode()), w -> {
            w.startPart();
            HeaderBlock.draw(w, d.header(), d.letterNumber());
            FormText.title(w, TITLE, null);
            w.paragraph(B, Align.CENTER, Span.regular("Kính gửi: "), Span.bold(FormText.nz(d.addressee())));
            w.down(8);
            FormText.flow(w, FormText.spaced(4, List.of(
                    Para.of(B, Span.regular("Vào lúc " + (d.receivedAt() == null ? "" : VnFormat.timeAndDay(d.receivedAt()))
                            + ", cơ quan chúng tôi đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính của Ông/Bà:")),
                    Para.field(B, "- Nội dung yêu cầu giải quyết:", d.procedureName(), true),
                    Para.field(B, "- Mã hồ sơ:", d.dossierCode(), true),
                    Para.field(B, "- Thời gian hẹn trả kết quả:", d.originalDue() == null ? "" : VnFormat.timeAndDay(d.originalDue()), false),
                    Para.field(B, "- Cơ quan, đơn vị giải quyết hồ sơ:", d.handlingUnit(), false),
                    Para.of(B, Span.regular("Tuy nhiên đến nay, hồ sơ của Ông/Bà chưa được giải quyết xong đúng thời hạn. Lý do: "),
                            Span.regular(FormText.nz(d.reason()))),
                    Para.of(B, Span.regular("Cơ quan chúng tôi thành thật xin lỗi Ông/Bà vì sự chậm trễ này và xin hẹn lại "
                            + "thời gian trả kết quả giải quyết hồ sơ vào:")))));
            w.down(2);
            w.paragraph(NEW_DUE, Align.CENTER, Span.bold(VnFormat.timeAndDay(d.newDue())));
            w.down(8);
            FormText.flow(w, List.of(Para.of(B, Span.regular("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./."))));
            OfficialSignature.draw(w, d.signerTitle(), d.signerName(), List.of("Như trên;", "Lưu: VT."));
        });
    }
}
