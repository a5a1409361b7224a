package vn.motcua.forms;

import java.util.List;
import java.util.Objects;

/**
 * Form 05, Thông báo dừng giải quyết hồ sơ: tells the citizen that processing of the dossier
 * stops from a given day. The wording differs by who asked: the citizen's own request to
 * withdraw (the reason is theirs), or the office stopping it (the reason is the office's).
 * Signed like an office letter.
 */
public final class StopNoticeForm {
    static final String TITLE = "THÔNG BÁO";
    static final String CAPTION = "Về việc dừng giải quyết hồ sơ";
    /** Letters use the body size of Decree 30/2020. */
    private static final float B = 13;

    private final FormFonts fonts;

    public StopNoticeForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(StopNoticeData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        Objects.requireNonNull(d.stoppedOn(), "stoppedOn");
        String from = VnFormat.day(d.stoppedOn());
        return FormDocument.render(fonts, "Thông báo dừng giải quyết hồ sơ " + FormText.nz(d.dossierCode()), w -> {
            w.startPart();
            HeaderBlock.draw(w, d.header());
            w.down(2);
            w.paragraph(FormText.TITLE, Align.CENTER, Span.bold(TITLE));
            w.paragraph(FormText.TITLE, Align.CENTER, Span.bold(CAPTION));
            w.down(10);
            String received = d.receivedAt() == null ? "" : VnFormat.timeAndDay(d.receivedAt());
            FormText.flow(w, FormText.spaced(4, List.of(
                    Para.field(B, "Mã hồ sơ:", d.dossierCode(), true),
                    Para.field(B, "Người nộp hồ sơ:", d.applicantName(), true),
                    Para.field(B, "Nội dung yêu cầu giải quyết:", d.procedureName(), true),
                    Para.field(B, "Thời gian tiếp nhận hồ sơ:", received, false),
                    d.withdrawnByCitizen()
                            ? Para.of(B, Span.regular("Theo đề nghị của Ông/Bà về việc rút hồ sơ, dừng giải quyết hồ sơ nêu trên, "
                                    + "cơ quan giải quyết thông báo dừng giải quyết hồ sơ kể từ ngày "), Span.bold(from), Span.regular("."))
                            : Para.of(B, Span.regular("Cơ quan giải quyết thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày "),
                                    Span.bold(from), Span.regular(".")),
                    Para.field(B, d.withdrawnByCitizen() ? "Lý do Ông/Bà đề nghị:" : "Lý do dừng giải quyết:", d.reason(), false),
                    d.withdrawnByCitizen()
                            ? Para.of(B, Span.regular("Ông/Bà được nhận lại hồ sơ đã nộp tại nơi tiếp nhận hồ sơ. "
                                    + "Khi có nhu cầu, Ông/Bà có thể nộp lại hồ sơ để được giải quyết theo quy định."))
                            : Para.of(B, Span.regular("Mọi vướng mắc, Ông/Bà vui lòng liên hệ nơi tiếp nhận hồ sơ để được hướng dẫn.")),
                    Para.of(B, Span.regular("Xin thông báo để Ông/Bà được biết./.")))));
            OfficialSignature.draw(w, d.signerTitle(), d.signerName(),
                    List.of("Ông/Bà " + FormText.nz(d.applicantName()).strip() + ";", "Lưu: VT."));
        });
    }
}
