package vn.motcua.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.signing.DossierSigning;
import vn.motcua.signing.SigningKey;
import vn.motcua.signing.SigningKeys;

/** {@code dossier sign CODE --what result|04|05 (--pkcs12 F | --pkcs11-lib L --slot N) --pin-stdin}: the chair approves by signing. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign the dossier's electronic result or its letter 04/05 with the chair's token or PKCS#12 file; the signed PDF "
                + "is kept with the dossier and the signer and time shown in its story.")
final class DossierSignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @Option(names = "--what", required = true, paramLabel = "result|04|05")
    String what;
    @ArgGroup(exclusive = true, multiplicity = "1")
    SignCommand.KeySource key;
    @Option(names = "--pin-stdin", required = true, description = "Read the PIN (or PKCS#12 password) from the first line of standard input.")
    boolean pinStdin;
    @Option(names = "--by", paramLabel = "USER", description = "The chair or vice-chair signing; default the local administrator.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            DossierSigning.What target = DossierSigning.What.parse(what);
            var actor = DossierActing.actor(session, by);
            char[] pin;
            try {
                pin = StdinSecret.readLine(System.in);
            } catch (UserFacingException e) {
                throw new UserFacingException(e, "sign.cli.pinMissing");
            }
            vn.motcua.dossier.DossierSignature signature;
            try (SigningKey signingKey = key.pkcs12 != null ? SigningKeys.pkcs12(key.pkcs12, pin)
                    : SigningKeys.pkcs11(key.token.library, key.token.slot, pin)) {
                signature = session.context().signing().sign(actor, code, target, signingKey);
            } finally {
                Arrays.fill(pin, '\0');
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("what", signature.what());
            json.put("signerName", signature.signerName());
            json.put("signedAt", signature.signedAt().toString());
            json.put("sha256", signature.documentSha256());
            session.print(json, session.messages().get("dossier.sign.signed", signature.what(), code, signature.signerName(),
                    SignCommand.SHOWN.format(WorkCalendar.toLocal(signature.signedAt()))));
            return Cli.OK;
        }
    }
}
