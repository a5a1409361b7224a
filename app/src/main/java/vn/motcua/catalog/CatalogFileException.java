package vn.motcua.catalog;

import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/**
 * A catalogue file refused at one place: the file, where in it (sheet, row and column, or the
 * procedure and field of a JSON file) and the problem with its fix. Rendered as one sentence in
 * the reader's language; nothing is stored when it is thrown.
 */
final class CatalogFileException extends UserFacingException {
    /** Where in the file: a spreadsheet cell, or a field of the n-th procedure of a JSON file. */
    sealed interface Where {
        String describe(Messages m);
    }

    record Cell(String sheet, int row, String column) implements Where {
        @Override
        public String describe(Messages m) {
            return m.get("catalog.where.cell", sheet, String.valueOf(row), column);
        }
    }

    record JsonField(int procedure, String code, String field) implements Where {
        @Override
        public String describe(Messages m) {
            return code == null ? m.get("catalog.where.json", String.valueOf(procedure), field)
                    : m.get("catalog.where.jsonCode", String.valueOf(procedure), code, field);
        }
    }

    private final String file;
    private final Where where;

    CatalogFileException(String file, Where where, String problemKey, Object... problemArgs) {
        super(problemKey, problemArgs);
        this.file = file;
        this.where = where;
    }

    Where where() {
        return where;
    }

    @Override
    public String localized(Messages m) {
        return m.get("catalog.invalid", file, where.describe(m), super.localized(m));
    }
}
