package vn.motcua.forms;

import java.util.List;
import java.util.Objects;

/**
 * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: issued instead of a receipt when the dossier
 * is incomplete or wrong. It lists everything to add or correct at once, says why, where the
 * procedure's rules are published and whom to call, and is signed by the guiding officer.
 */
public final class SupplementRequestForm {
    static final String TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    /** Letters (not receipts) use the body size of Decree 30/2020. */
    private static final float B = 13;

    private final FormFonts fonts;

    public SupplementRequestForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(SupplementRequestData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        return FormDocument.render(fonts, "Phiếu yêu cầu bổ sung hồ sơ " + FormText.nz(d.dossierCode()), w -> {
            w.startPart();
            HeaderBlock.draw(w, d.header());
            FormText.title(w, TITLE, null);
            FormText.flow(w, FormText.spaced(4, List.of(
                    Para.field(13, "Mã hồ sơ:", d.dossierCode(), true),
                    Para.field(B, "Hồ sơ của:", d.applicantName(), true),
                    Para.field(B, "Nội dung yêu cầu giải quyết:", d.procedureName(), true),
                    Para.of(B, Span.regular("Sau khi kiểm tra, hồ sơ chưa đầy đủ, hợp lệ. Đề nghị Ông/Bà bổ sung, "
                            + "hoàn thiện hồ sơ gồm những nội dung sau:")))));
            FormText.components(w, d.toAddOrCorrect(), "Nội dung cần bổ sung, hoàn thiện");
            FormText.flow(w, FormText.spaced(4, List.of(
                    Para.field(B, "Lý do:", d.reason(), false),
                    Para.field(B, "Quy định về thủ tục hành chính này được công khai tại:", d.rulesPublishedAt(), false),
                    Para.of(B, Span.regular("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "),
                            Span.bold(FormText.nz(d.contactOfficer())), Span.regular(", số điện thoại "),
                            Span.bold(FormText.nz(d.contactPhone())), Span.regular(" để được hướng dẫn./.")))));
            SignatureBlock.draw(w, List.of(new SignatureBlock.Signer("NGƯỜI HƯỚNG DẪN", d.officer())));
        });
    }
}
