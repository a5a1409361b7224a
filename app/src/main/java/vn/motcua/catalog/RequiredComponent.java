package vn.motcua.catalog;

/**
 * One component a procedure asks for, with the usual number of each kind of paper.
 *
 * @param code the component's code, unique within its procedure (mã thành phần hồ sơ)
 * @param originals bản chính
 * @param certifiedCopies bản sao chứng thực (for certification procedures: the copies to certify)
 * @param photocopies bản photo / bản chụp
 * @param mandatory false for components asked for only in some cases ("nếu có")
 */
public record RequiredComponent(String code, String name, int originals, int certifiedCopies, int photocopies,
        ComponentSource source, boolean mandatory) {
}
