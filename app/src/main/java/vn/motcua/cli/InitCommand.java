package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeSetup;

/** {@code init}: first-run setup of the office and its administrator; refuses to run twice. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the office and its first administrator (once). The password is read from standard input.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--office-id", required = true, paramLabel = "ID",
            description = "Agency electronic ID (mã định danh điện tử), e.g. 000.00.06.H56.")
    String officeId;

    @Option(names = "--office-name", required = true, paramLabel = "NAME", description = "Office name.")
    String officeName;

    @Option(names = "--province", paramLabel = "NAME", description = "Province.")
    String province;

    @Option(names = "--lookup-url", paramLabel = "URL", description = "Where citizens look up their dossier.")
    String lookupUrl;

    @Option(names = "--admin-user", required = true, paramLabel = "USER", description = "Administrator's user name.")
    String adminUser;

    @Option(names = "--admin-name", paramLabel = "NAME", description = "Administrator's full name.")
    String adminName;

    @Option(names = "--admin-password-stdin", required = true,
            description = "Read the administrator's password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            char[] password = StdinSecret.readLine(System.in);
            String fullName = adminName != null ? adminName : session.messages().get("init.defaultAdminName");
            Office office = session.context().office().initialize(new OfficeSetup(officeId, officeName, province,
                    lookupUrl, adminUser, fullName, password));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("officeId", office.id().toString());
            json.put("agencyCode", office.agencyCode());
            json.put("officeName", office.name());
            json.put("adminUser", adminUser.strip().toLowerCase(java.util.Locale.ROOT));
            json.put("dataDir", session.dataDirectory().root().toString());
            session.print(json, session.messages().get("init.done", office.name(), office.agencyCode(),
                    json.get("adminUser"), session.dataDirectory().root()));
            return Cli.OK;
        }
    }
}
