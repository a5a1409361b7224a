package vn.motcua.ui.admin;

import vn.motcua.catalog.Procedure;

/** One line of the catalogue table, its texts computed once so cells only display them. */
public record ProcedureRow(String code, String name, String field, String time, String fee) {
    public static ProcedureRow of(Procedure p) {
        return new ProcedureRow(p.code(), p.name(), p.field(), p.time().legalTimeText(), p.fee().describe());
    }
}
