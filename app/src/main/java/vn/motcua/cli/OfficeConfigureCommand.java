package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.motcua.calendar.PausePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.BankAccount;
import vn.motcua.office.Numbering;
import vn.motcua.office.NumberingMode;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeSettings;

/**
 * {@code office configure}: the settings printed on forms and used for fees and numbering.
 * Without options it shows them; options left out keep their value.
 */
@Command(name = "configure", mixinStandardHelpOptions = true,
        description = "Show or change the office settings: names on forms, lookup URL, bank account, numbering authority.")
final class OfficeConfigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", description = "The centre's name, printed as the issuing body.")
    String name;
    @Option(names = "--province")
    String province;
    @Option(names = "--lookup-url", paramLabel = "URL", description = "The province's dossier lookup page ({code} is replaced by the dossier code).")
    String lookupUrl;
    @Option(names = "--parent-body", paramLabel = "TEXT", description = "The people's committee above the centre, e.g. \"UBND xã An Bình\".")
    String parentBody;
    @Option(names = "--place", paramLabel = "TEXT", description = "The place written before the date on forms, e.g. \"Xã An Bình\".")
    String place;
    @Option(names = "--phone")
    String phone;
    @Option(names = "--bank-bin", paramLabel = "BIN", description = "The bank's 6-digit NAPAS BIN.")
    String bankBin;
    @Option(names = "--bank-account", paramLabel = "NUMBER")
    String bankAccount;
    @Option(names = "--bank-name", paramLabel = "NAME")
    String bankName;
    @Option(names = "--numbering", paramLabel = "local|range|leased", description = "local: this desk alone numbers the agency ID; range: only --range; leased: blocks leased from the portal, then --range when offline.")
    String numbering;
    @Option(names = "--range", paramLabel = "FROM-TO", description = "The desk's part of the daily sequence, e.g. 0001-4999.")
    String range;

    @Option(names = "--pause-policy", paramLabel = "shift|restart",
            description = "What a supplement does to the deadline of dossiers received from now on: shift it by the paused time (default) or restart the whole time.")
    String pausePolicy;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            var office = session.context().office();
            Office current = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
            boolean change = name != null || province != null || lookupUrl != null || parentBody != null || place != null
                    || phone != null || bankBin != null || bankAccount != null || bankName != null || numbering != null || range != null;
            if (change) {
                current = office.configure(UserCommand.LOCAL_ADMIN, new OfficeSettings(name, province, lookupUrl, parentBody,
                        place, phone, bank(current), numbering(current)));
            }
            if (pausePolicy != null) {
                current = office.setPausePolicy(UserCommand.LOCAL_ADMIN, switch (pausePolicy.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "shift" -> PausePolicy.SHIFT_BY_PAUSED_TIME;
                    case "restart" -> PausePolicy.RESTART;
                    default -> throw new UserFacingException("office.badPausePolicy", pausePolicy);
                });
                change = true;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("agencyCode", current.agencyCode());
            json.put("name", current.name());
            json.put("province", current.province());
            json.put("lookupUrl", current.lookupUrl());
            json.put("parentBody", current.parentBody());
            json.put("place", current.placeName());
            json.put("phone", current.phone());
            json.put("bankBin", current.bankAccount().map(BankAccount::bin).orElse(null));
            json.put("bankAccount", current.bankAccount().map(BankAccount::account).orElse(null));
            json.put("bankName", current.bankAccount().map(BankAccount::bankName).orElse(null));
            Numbering n = current.numbering();
            json.put("numbering", n.mode().name().toLowerCase(java.util.Locale.ROOT));
            json.put("range", String.format("%04d-%04d", n.from(), n.to()));
            json.put("pausePolicy", current.pausePolicy() == PausePolicy.RESTART ? "restart" : "shift");
            StringBuilder human = new StringBuilder();
            json.forEach((k, v) -> human.append(String.format("%-12s %s%n", k, v == null ? "—" : v)));
            if (change) {
                human.append(session.messages().get("office.configured"));
            }
            session.print(json, human.toString().stripTrailing());
            return Cli.OK;
        }
    }

    /** Bank options complete the stored account: changing only the bank name keeps BIN and number. */
    private BankAccount bank(Office current) {
        if (bankBin == null && bankAccount == null && bankName == null) {
            return null;
        }
        BankAccount before = current.bankAccount().orElse(new BankAccount(null, null, null));
        return new BankAccount(bankBin != null ? bankBin : before.bin(), bankAccount != null ? bankAccount : before.account(),
                bankName != null ? bankName : before.bankName());
    }

    private Numbering numbering(Office current) {
        if (numbering == null && range == null) {
            return null;
        }
        // --range alone keeps a leased office leased (it moves the reserve) and turns a local one into a range
        NumberingMode mode = numbering == null ? (current.numbering().mode() == NumberingMode.LEASED ? NumberingMode.LEASED : NumberingMode.RANGE)
                : switch (numbering.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "local" -> NumberingMode.LOCAL;
                    case "range" -> NumberingMode.RANGE;
                    case "leased" -> NumberingMode.LEASED;
                    default -> throw new UserFacingException("office.badNumberingMode", numbering);
                };
        if (mode == NumberingMode.LOCAL) {
            return Numbering.local();
        }
        String r = range != null ? range : String.format("%04d-%04d", current.numbering().from(), current.numbering().to());
        // in leased mode the range is the reserve drawn from when the day's leased blocks run out
        String[] parts = r.trim().split("-");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            throw new UserFacingException("office.badRangeText", r);
        }
        int from = Integer.parseInt(parts[0]);
        int to = Integer.parseInt(parts[1]);
        return mode == NumberingMode.LEASED ? Numbering.leased(from, to) : Numbering.range(from, to);
    }
}
