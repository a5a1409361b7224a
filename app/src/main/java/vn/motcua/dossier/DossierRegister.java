package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.RegisterRow;

/**
 * Form 07, the dossier register (sổ theo dõi hồ sơ), for the dossiers received in a date range:
 * one line each in register order, with when it went to the handler, when the result came back
 * and when it was returned. Read in two queries whatever the range holds.
 */
final class DossierRegister {
    /** A year of a busy commune fits; a longer range is a sign of a typing mistake. */
    static final int MAX_DAYS = 366;

    private DossierRegister() {
    }

    static List<RegisterRow> rows(SessionFactory db, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserFacingException("forms.register.badRange", String.valueOf(from), String.valueOf(to));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new UserFacingException("forms.register.tooLong", MAX_DAYS);
        }
        return db.fromTransaction(s -> {
            List<Dossier> dossiers = s.createSelectionQuery(
                    "from Dossier d where d.receiptDay between :f and :t order by d.registerBook, d.registerLine", Dossier.class)
                    .setParameter("f", from).setParameter("t", to).getResultList();
            Map<UUID, Instant> firstHandOver = new HashMap<>();
            s.createSelectionQuery("select h.dossierId, min(h.handedAt) from HandOverStep h, Dossier d where d.id = h.dossierId "
                    + "and d.receiptDay between :f and :t group by h.dossierId", Object[].class)
                    .setParameter("f", from).setParameter("t", to).getResultList()
                    .forEach(r -> firstHandOver.put((UUID) r[0], (Instant) r[1]));
            Map<UUID, String> unit = new HashMap<>();
            s.createSelectionQuery("select h.dossierId, h.receiverUnit from HandOverStep h, Dossier d where d.id = h.dossierId "
                    + "and d.receiptDay between :f and :t and h.receiverUnit is not null order by h.stepNo", Object[].class)
                    .setParameter("f", from).setParameter("t", to).getResultList()
                    .forEach(r -> unit.putIfAbsent((UUID) r[0], (String) r[1]));
            List<RegisterRow> rows = new ArrayList<>(dossiers.size());
            int n = 0;
            for (Dossier d : dossiers) {
                var a = d.applicant();
                String contact = a.address() == null ? a.phone() : a.phone() == null ? a.address() : a.address() + "; " + a.phone();
                boolean hasResult = d.status() == DossierStatus.RESULT_READY || d.status() == DossierStatus.RETURNED;
                rows.add(new vn.motcua.forms.RegisterRow(++n, d.code(), d.procedureName(), d.sets(), a.fullName(), contact,
                        unit.get(d.id()), ProcessingForms.local(d.receivedAt()), ProcessingForms.local(d.dueAt()),
                        ProcessingForms.local(firstHandOver.get(d.id())), hasResult ? ProcessingForms.local(d.finishedAt()) : null,
                        ProcessingForms.local(d.returnedAt()), note(d)));
            }
            return rows;
        });
    }

    /** What the register's note column says of a dossier that did not simply run its course. */
    private static String note(Dossier d) {
        return switch (d.status()) {
            case REFUSED -> "Từ chối: " + d.reason();
            case WITHDRAWN -> "Công dân rút hồ sơ";
            case STOPPED -> "Dừng xử lý: " + d.reason();
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung";
            default -> d.verdict().map(v -> switch (v) {
                case EARLY -> "Trước hạn";
                case ON_TIME -> "Đúng hạn";
                case LATE -> "Quá hạn";
            }).orElse(null);
        };
    }
}
