package vn.motcua.forms;

import java.util.List;
import java.util.Objects;

/**
 * Form 03, Phiếu từ chối tiếp nhận, giải quyết hồ sơ: issued when the dossier cannot be accepted
 * (outside the office's competence, not eligible). States the specific reason and where the
 * citizen can get help; signed by the submitter and the refusing officer.
 */
public final class RefusalForm {
    static final String TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ";
    /** Letters (not receipts) use the body size of Decree 30/2020. */
    private static final float B = 13;

    private final FormFonts fonts;

    public RefusalForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(RefusalData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        return FormDocument.render(fonts, "Phiếu từ chối tiếp nhận hồ sơ " + FormText.nz(d.dossierCode()), w -> {
            w.startPart();
            HeaderBlock.draw(w, d.header());
            FormText.title(w, TITLE, null);
            FormText.flow(w, FormText.spaced(4, List.of(
                    Para.field(13, "Mã hồ sơ:", d.dossierCode(), true),
                    Para.field(B, "Tiếp nhận hồ sơ của:", d.applicantName(), true),
                    Para.field(B, "Nội dung yêu cầu giải quyết:", d.procedureName(), true),
                    Para.of(B, Span.regular("Qua kiểm tra, cơ quan tiếp nhận từ chối tiếp nhận, giải quyết hồ sơ "
                            + "này vì lý do sau:")),
                    Para.of(B, Span.regular(FormText.nz(d.reason()))),
                    Para.field(B, "Mọi vướng mắc, Ông/Bà vui lòng liên hệ:", d.helpContact(), false),
                    Para.of(B, Span.regular("Xin thông báo để Ông/Bà được biết./.")))));
            SignatureBlock.draw(w, List.of(new SignatureBlock.Signer("NGƯỜI NỘP HỒ SƠ", d.applicantName()),
                    new SignatureBlock.Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", d.officer())));
        });
    }
}
