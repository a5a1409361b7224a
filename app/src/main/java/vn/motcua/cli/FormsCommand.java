package vn.motcua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.Copies;

/**
 * {@code forms render 01 CODE --out FILE.pdf}: a dossier's form, re-rendered from stored data;
 * {@code forms render separator CODE --out FILE.pdf}: its separator sheets for stack scanning.
 */
@Command(name = "forms", mixinStandardHelpOptions = true, description = "Printed forms.",
        subcommands = {FormsCommand.Render.class})
final class FormsCommand {

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Render a dossier's form 01 (receipt), 02 (request to complete), 03 (refusal), 04 (apology and new "
                    + "appointment), 05 (stop notice), 06 (control sheet) or its separator sheets; or the register 07 for --from/--to.")
    static final class Render implements Callable<Integer> {
        private static final String SEPARATOR = "separator";

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FORM", description = "01 … 07 or separator.")
        String form;

        @Parameters(index = "1", paramLabel = "CODE", arity = "0..1", description = "The dossier code (all forms but 07).")
        String code;

        @Option(names = "--from", paramLabel = "DATE", description = "Form 07: first day received (yyyy-MM-dd).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Form 07: last day received.")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
        Path out;

        @Option(names = "--by", paramLabel = "USER", description = "The staff member printing (audited); default the local administrator.")
        String by;

        @Option(names = "--two-copies", description = "Two copies of the receipt: the citizen's and the office's.")
        boolean twoCopies;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                boolean register = "07".equals(form) || "7".equals(form);
                if (register && (from == null || to == null)) {
                    throw new UserFacingException("forms.register.needsRange");
                }
                if (!register && code == null) {
                    throw new UserFacingException("forms.needsCode", form);
                }
                var actor = DossierActing.actor(session, by);
                byte[] pdf = register ? session.context().dossierForms().register(actor, CalendarText.parseDate(from), CalendarText.parseDate(to))
                        : SEPARATOR.equalsIgnoreCase(form) ? session.context().dossierForms().separators(code)
                        : session.context().dossierForms().print(actor, form, code, twoCopies ? Copies.TWO : Copies.ONE);
                write(out, pdf);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("form", form);
                json.put("code", code);
                if (register) {
                    json.put("from", from);
                    json.put("to", to);
                }
                json.put("file", out.toAbsolutePath().toString());
                json.put("bytes", pdf.length);
                session.print(json, register
                        ? session.messages().get("forms.renderedRegister", from, to, out.toAbsolutePath().toString())
                        : session.messages().get("forms.rendered", form, code, out.toAbsolutePath().toString()));
                return Cli.OK;
            }
        }

        /** Written beside the target and moved into place: a failed run never leaves half a PDF. */
        private static void write(Path target, byte[] pdf) {
            Path abs = target.toAbsolutePath();
            try {
                Path tmp = Files.createTempFile(abs.getParent(), ".motcua-", ".pdf.tmp");
                Files.write(tmp, pdf);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UserFacingException(e, "forms.cannotWrite", abs.toString(), String.valueOf(e.getMessage()));
            }
        }
    }
}
