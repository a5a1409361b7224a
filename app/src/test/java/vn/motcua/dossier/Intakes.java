package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.AppContext;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;

/** Intake requests built from the catalogue in force, so tests follow the shipped data. */
public final class Intakes {
    /** Certified copy from the original (chứng thực bản sao): fees per page and copy. */
    public static final String CERTIFIED_COPY = "2.000815";
    /** Birth registration (đăng ký khai sinh): free, same day. */
    public static final String BIRTH = "1.001193";
    /** Permanent residence: 7 working days, a fee per case. */
    public static final String RESIDENCE = "1.004222";

    private Intakes() {
    }

    public static ApplicantDetails applicant() {
        return new ApplicantDetails("Nguyễn Văn An", "001090012345", LocalDate.of(1990, 5, 17), Sex.MALE,
                "Thôn Đông, xã Vụ Bản, tỉnh Nam Định", "0912345678", "an.nguyen@example.vn");
    }

    public static Procedure procedure(AppContext context, String code) {
        return context.catalog().find(code).orElseThrow();
    }

    /**
     * Every paper the procedure asks for (looked-up ones excepted) with the catalogue's counts,
     * except that components asking for certified copies get {@code copies} copies of
     * {@code pages} pages; a component left with no count at all gets one original.
     */
    public static List<ComponentQuantity> complete(Procedure p, int copies, int pages) {
        return p.components().stream().filter(c -> c.source() != ComponentSource.LOOK_UP).map(c -> {
            int certified = c.certifiedCopies() > 0 ? copies : 0;
            int originals = c.originals() + certified + c.photocopies() == 0 ? 1 : c.originals();
            return new ComponentQuantity(c.code(), originals, certified, c.photocopies(), pages);
        }).toList();
    }

    /** How many components of the procedure ask for certified copies (each is charged per copy). */
    public static long copiedComponents(Procedure p) {
        return p.components().stream().filter(c -> c.source() != ComponentSource.LOOK_UP && c.certifiedCopies() > 0).count();
    }

    public static IntakeRequest accept(AppContext context, String code) {
        Procedure p = procedure(context, code);
        return IntakeRequest.accept(code, applicant(), complete(p, 1, 2));
    }

    /** The first mandatory paper of the procedure (one that must be collected). */
    public static RequiredComponent firstMandatoryPaper(Procedure p) {
        return p.components().stream().filter(c -> c.mandatory() && c.source() == ComponentSource.COLLECT_PAPER)
                .findFirst().orElseThrow();
    }
}
