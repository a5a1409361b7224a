package vn.motcua.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
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
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SignOptions;
import vn.motcua.signing.SignedPdf;
import vn.motcua.signing.SigningKey;
import vn.motcua.signing.SigningKeys;

/**
 * {@code sign FILE.pdf --out SIGNED.pdf (--pkcs11-lib LIB --slot N | --pkcs12 FILE) --pin-stdin}:
 * signs a PDF with a visible signature box. The PIN comes from the first line of standard input
 * so it never shows in the process list or the shell history.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a PDF (PAdES) with a PKCS#11 token or a PKCS#12 file; the PIN is read from standard input.")
final class SignCommand implements Callable<Integer> {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The PDF to sign (never changed).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "SIGNED.pdf", description = "Where to write the signed PDF.")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    @Option(names = "--pin-stdin", required = true, description = "Read the PIN (or PKCS#12 password) from the first line of standard input.")
    boolean pinStdin;

    @Option(names = "--alias", paramLabel = "A", description = "The key entry to sign with (default: the first key with a certificate).")
    String alias;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason written into the signature and its box.")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", description = "Place of signing written into the signature and its box.")
    String location;

    @Option(names = "--page", paramLabel = "N", description = "Page (from 1) of the visible box (default: the last page).")
    Integer page;

    /** Either a token (library and slot) or a PKCS#12 file. */
    static final class KeySource {
        @ArgGroup(exclusive = false)
        Token token;

        @Option(names = "--pkcs12", required = true, paramLabel = "FILE", description = "A PKCS#12 file (.p12, .pfx).")
        Path pkcs12;
    }

    /** A PKCS#11 token: its driver library and slot list index. */
    static final class Token {
        @Option(names = "--pkcs11-lib", required = true, paramLabel = "LIB", description = "The token's PKCS#11 library (.dll, .so).")
        Path library;

        @Option(names = "--slot", required = true, paramLabel = "N", description = "Slot list index of the token (from 0).")
        int slot;
    }

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            char[] pin = readPin();
            SignedPdf signed;
            try (SigningKey signingKey = key.pkcs12 != null ? SigningKeys.pkcs12(key.pkcs12, pin, alias)
                    : SigningKeys.pkcs11(key.token.library, key.token.slot, pin, alias)) {
                signed = new PdfSigner().sign(file, out, signingKey,
                        SignOptions.defaults().withReason(reason).withLocation(location).onPage(page));
            } finally {
                Arrays.fill(pin, '\0');
            }
            String when = SHOWN.format(WorkCalendar.toLocal(signed.signedAt()));
            String sentence = session.messages().get("sign.cli.signed", out.toString(), signed.signerName(), when,
                    String.valueOf(signed.page()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("out", out.toString());
            json.put("fieldName", signed.fieldName());
            json.put("signerName", signed.signerName());
            json.put("signedAt", signed.signedAt().toString());
            json.put("page", signed.page());
            json.put("message", sentence);
            session.print(json, sentence);
            return Cli.OK;
        }
    }

    private static char[] readPin() {
        try {
            return StdinSecret.readLine(System.in);
        } catch (UserFacingException e) {
            throw new UserFacingException(e, "sign.cli.pinMissing");
        }
    }
}
