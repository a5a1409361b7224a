package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.PaymentRequest;
import vn.motcua.fees.PaymentMatch;
import vn.motcua.fees.StatementLine;
import vn.motcua.fees.StatementMatch;

/** {@code fees qr|pay|exempt|refund|import-statement}: a dossier's fees at the counter. */
@Command(name = "fees", mixinStandardHelpOptions = true, description = "Fees: VietQR, payments, exemptions, refunds, bank statements.",
        subcommands = {FeesCommand.Qr.class, FeesCommand.Pay.class, FeesCommand.Exempt.class, FeesCommand.Refund.class,
                FeesCommand.ImportStatement.class})
final class FeesCommand {

    @Command(name = "qr", mixinStandardHelpOptions = true, description = "The VietQR text for the dossier's unpaid fees.")
    static final class Qr implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                PaymentRequest p = session.context().fees().qr(code);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("code", p.dossierCode());
                json.put("amount", p.amount());
                json.put("bankBin", p.bankBin());
                json.put("account", p.account());
                json.put("purpose", p.purpose());
                json.put("vietqr", p.vietQr());
                session.print(json, p.vietQr());
                return Cli.OK;
            }
        }
    }

    @Command(name = "pay", mixinStandardHelpOptions = true, description = "Confirm that the dossier's unpaid fees were paid.")
    static final class Pay implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--method", required = true, paramLabel = "cash|transfer")
        String method;

        @Option(names = "--ref", paramLabel = "TEXT", description = "Receipt number or bank reference.")
        String ref;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                List<DossierFee> fees = session.context().fees().pay(UserCommand.LOCAL_ADMIN, code, PaymentMethod.parse(method), ref);
                return printFees(session, code, fees, "fees.paid");
            }
        }
    }

    @Command(name = "exempt", mixinStandardHelpOptions = true, description = "Waive the dossier's unpaid fees on a legal ground.")
    static final class Exempt implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--ground", required = true, paramLabel = "TEXT", description = "The legal ground of the exemption.")
        String ground;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                return printFees(session, code, session.context().fees().exempt(UserCommand.LOCAL_ADMIN, code, ground), "fees.exempted");
            }
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true, description = "Record that the dossier's paid fees were paid back.")
    static final class Refund implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                return printFees(session, code, session.context().fees().refund(UserCommand.LOCAL_ADMIN, code, reason), "fees.refunded");
            }
        }
    }

    @Command(name = "import-statement", mixinStandardHelpOptions = true,
            description = "Match a bank statement (CSV) to unpaid fees by dossier code; matched lines are recorded as paid.")
    static final class ImportStatement implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                StatementMatch match = session.context().fees().importStatement(UserCommand.LOCAL_ADMIN, file);
                long paid = match.matched().stream().filter(PaymentMatch::amountMatches).count();
                long wrongAmount = match.matched().size() - paid;
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("matched", match.matched().stream().filter(PaymentMatch::amountMatches).map(m -> line(m.dossierCode(), m.line())).toList());
                json.put("wrongAmount", match.matched().stream().filter(m -> !m.amountMatches()).map(m -> line(m.dossierCode(), m.line())).toList());
                json.put("unmatched", match.unmatched().stream().map(l -> line(null, l)).toList());
                StringBuilder human = new StringBuilder();
                match.matched().stream().filter(m -> !m.amountMatches()).forEach(m -> human.append(
                        session.messages().get("fees.statement.wrongAmount", String.valueOf(m.line().row()), m.dossierCode(),
                                String.valueOf(m.line().amount()))).append('\n'));
                human.append(session.messages().get("fees.statement.summary", String.valueOf(paid), String.valueOf(wrongAmount),
                        String.valueOf(match.unmatched().size())));
                session.print(json, human.toString());
                return Cli.OK;
            }
        }

        private static Map<String, Object> line(String code, StatementLine l) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (code != null) {
                m.put("code", code);
            }
            m.put("row", l.row());
            m.put("date", l.date() == null ? null : l.date().toString());
            m.put("amount", l.amount());
            m.put("description", l.description());
            return m;
        }
    }

    private static int printFees(CliSession session, String code, List<DossierFee> fees, String key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("fees", fees.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("amount", f.amount());
            m.put("state", f.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("method", f.method() == null ? null : f.method().name().toLowerCase(java.util.Locale.ROOT));
            return m;
        }).toList());
        long total = fees.stream().mapToLong(DossierFee::amount).sum();
        session.print(json, session.messages().get(key, code, String.valueOf(total)));
        return Cli.OK;
    }
}
