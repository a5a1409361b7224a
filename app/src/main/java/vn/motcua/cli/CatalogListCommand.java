package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.catalog.CatalogJson;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.common.Messages;

/**
 * {@code catalog list}: the procedures of the catalogue in force. With --json one object per
 * procedure and line; otherwise a table.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the procedures of the catalogue in force.")
final class CatalogListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            CatalogVersion catalog = CatalogCommand.catalog(session).current();
            if (session.json()) {
                catalog.procedures().forEach(p -> session.jsonLine(json(p, catalog.version())));
                return Cli.OK;
            }
            Messages m = session.messages();
            StringBuilder text = new StringBuilder(m.get("catalog.list.header", catalog.version(),
                    String.valueOf(catalog.procedures().size()))).append('\n');
            String row = "%-9s  %-12s  %s%n";
            text.append(String.format(row, m.get("catalog.column.code"), m.get("catalog.column.field"), m.get("catalog.column.name")));
            for (Procedure p : catalog.procedures()) {
                text.append(String.format(row, p.code(), p.field(), p.name()));
                text.append(String.format("%-9s  %-12s  %s: %s%n", "", "", m.get("catalog.column.time"), p.time().legalTimeText()));
                text.append(String.format("%-9s  %-12s  %s: %s%n", "", "", m.get("catalog.column.fee"), p.fee().describe()));
            }
            session.human(text.toString().stripTrailing());
            return Cli.OK;
        }
    }

    static Map<String, Object> json(Procedure p, String version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", p.code());
        json.put("name", p.name());
        json.put("field", p.field());
        json.put("version", version);
        json.put("timeRule", CatalogJson.toJson(p.time()));
        Map<String, Object> fee = CatalogJson.toJson(p.fee());
        fee.put("text", p.fee().describe());
        json.put("fee", fee);
        json.put("components", p.components().stream().map(CatalogListCommand::component).toList());
        return json;
    }

    private static Map<String, Object> component(RequiredComponent c) {
        Map<String, Object> json = CatalogJson.toJson(c);
        return json;
    }
}
