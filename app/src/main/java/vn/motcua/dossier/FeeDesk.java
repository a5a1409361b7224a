package vn.motcua.dossier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.fees.BankStatementCsv;
import vn.motcua.fees.PaymentMatch;
import vn.motcua.fees.StatementLine;
import vn.motcua.fees.StatementMatch;
import vn.motcua.fees.StatementMatcher;
import vn.motcua.fees.VietQr;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeService;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.sync.Outbox;

/**
 * Fees at the counter: the VietQR for what is still due, the clerk's confirmation of a cash or
 * transfer payment, exemptions with their legal ground, refunds, and bank-statement matching.
 * Every change is one transaction with its audit and outbox entries.
 */
public final class FeeDesk {
    private final SessionFactory db;
    private final OfficeService office;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public FeeDesk(SessionFactory db, OfficeService office, AuditTrail audit, Outbox outbox, Clock clock) {
        this.db = db;
        this.office = office;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The VietQR text for the dossier's unpaid fees. */
    public PaymentRequest qr(String code) {
        BankAccount bank = office.current().flatMap(o -> o.bankAccount())
                .orElseThrow(() -> new UserFacingException("fees.noBankAccount"));
        return db.fromTransaction(s -> {
            Dossier d = DossierRecords.byCode(s, Text.nfc(code)).orElseThrow(() -> new UserFacingException("dossier.notFound", code));
            long due = DossierRecords.fees(s, d.id()).stream().filter(f -> f.state() == FeeState.DUE).mapToLong(DossierFee::amount).sum();
            if (due == 0) {
                throw new UserFacingException("fees.nothingDue", d.code());
            }
            String purpose = FeeWording.purpose(d.code());
            return new PaymentRequest(d.code(), due, bank.bin(), bank.account(), bank.bankName(), purpose,
                    VietQr.payload(bank.bin(), bank.account(), due, purpose));
        });
    }

    /** The clerk confirms the money arrived: every line still due becomes paid. */
    public List<DossierFee> pay(Actor actor, String code, PaymentMethod method, String reference) {
        actor.require(Permission.COLLECT_FEES);
        return settle(actor, code, "FEE_PAY", method + (reference == null ? "" : " " + reference),
                (f, now) -> f.pay(method, Text.nfcOrNull(reference), now, actor.username()), FeeState.DUE);
    }

    /** Waives every line still due, on a legal ground the audit keeps. */
    public List<DossierFee> exempt(Actor actor, String code, String legalGround) {
        actor.require(Permission.COLLECT_FEES);
        String ground = Text.nfcOrNull(legalGround);
        if (ground == null) {
            throw new UserFacingException("fees.groundRequired");
        }
        return settle(actor, code, "FEE_EXEMPT", ground, (f, now) -> f.exempt(ground, now, actor.username()), FeeState.DUE);
    }

    /** Pays back every paid line (e.g. the dossier was refused after payment). */
    public List<DossierFee> refund(Actor actor, String code, String reason) {
        actor.require(Permission.COLLECT_FEES);
        String why = Text.nfcOrNull(reason);
        if (why == null) {
            throw new UserFacingException("fees.refundReasonRequired");
        }
        return settle(actor, code, "FEE_REFUND", why, (f, now) -> f.refund(why, now, actor.username()), FeeState.PAID);
    }

    /**
     * Reads a bank statement and marks as paid by transfer each dossier whose code and full
     * amount appear on a line. A line with the right code but another amount is reported, not
     * paid. A broken file changes nothing.
     */
    public StatementMatch importStatement(Actor actor, Path csv) {
        actor.require(Permission.COLLECT_FEES);
        List<StatementLine> lines;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            lines = BankStatementCsv.parse(in);
        } catch (IOException e) {
            throw new UserFacingException(e, "fees.statementUnreadable", csv.toString());
        }
        Map<String, Long> expected = db.fromTransaction(FeeDesk::dueByCode);
        StatementMatch match = StatementMatcher.match(lines, expected);
        for (PaymentMatch m : match.matched()) {
            if (m.amountMatches()) {
                String ref = m.line().reference() != null ? m.line().reference() : "statement row " + m.line().row();
                pay(actor, m.dossierCode(), PaymentMethod.TRANSFER, ref);
            }
        }
        return match;
    }

    private static Map<String, Long> dueByCode(Session s) {
        Map<String, Long> due = new LinkedHashMap<>();
        s.createSelectionQuery("select d.code, sum(f.amount) from DossierFee f, Dossier d where f.dossierId = d.id "
                        + "and f.state = :due group by d.code", Object[].class)
                .setParameter("due", FeeState.DUE)
                .getResultList().forEach(row -> due.put((String) row[0], ((Number) row[1]).longValue()));
        return due;
    }

    private interface Change {
        void apply(DossierFee fee, Instant now);
    }

    private List<DossierFee> settle(Actor actor, String code, String action, String detail, Change change, FeeState from) {
        return db.fromTransaction(s -> {
            Dossier d = DossierRecords.byCode(s, Text.nfc(code)).orElseThrow(() -> new UserFacingException("dossier.notFound", code));
            List<DossierFee> fees = DossierRecords.fees(s, d.id());
            List<DossierFee> touched = fees.stream().filter(f -> f.state() == from).toList();
            if (touched.isEmpty()) {
                throw new UserFacingException(from == FeeState.DUE ? "fees.nothingDue" : "fees.nothingPaid", d.code());
            }
            Instant now = clock.instant();
            touched.forEach(f -> change.apply(f, now));
            IndexFacts.refresh(s, d.id());
            audit.record(s, actor, action, "dossier", d.id(), d.code() + " " + detail);
            outbox.enqueue(s, "dossier", d.id(), action, FeePayload.of(d, fees));
            return fees;
        });
    }
}
