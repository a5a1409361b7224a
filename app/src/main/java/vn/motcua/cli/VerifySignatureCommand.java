package vn.motcua.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.signing.SignatureReport;
import vn.motcua.signing.SignatureVerifier;

/**
 * {@code verify-signature FILE.pdf [--trust CA.pem] [--json]}: checks every signature of a PDF.
 * Exit 0 when there is at least one signature and all are valid; 1 with one sentence when the
 * file has none or any is invalid (the reports are printed first, so the JSON still lists them).
 */
@Command(name = "verify-signature", mixinStandardHelpOptions = true,
        description = "Check the digital signatures of a PDF: integrity, signature value, certificate at signing time, trust.")
final class VerifySignatureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The signed PDF.")
    Path file;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "Trusted root certificate(s) (PEM or DER); repeatable.")
    List<Path> trust;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            List<SignatureReport> reports;
            try (vn.motcua.documents.PlainCopy plain = plainIfStored(session)) {
                Path pdf = plain == null ? file : plain.path();
                reports = trust == null ? SignatureVerifier.verify(pdf) : SignatureVerifier.verify(pdf, anchors(trust));
            }
            Messages m = session.messages();
            long invalid = reports.stream().filter(r -> !r.valid()).count();
            String summary = reports.isEmpty() ? m.get("sign.verify.none", file.toString())
                    : invalid > 0 ? m.get("sign.verify.invalid", file.toString(), String.valueOf(invalid), String.valueOf(reports.size()))
                    : m.get("sign.verify.allValid", String.valueOf(reports.size()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("valid", !reports.isEmpty() && invalid == 0);
            json.put("signatures", reports.stream().map(VerifySignatureCommand::json).toList());
            StringBuilder human = new StringBuilder();
            for (int i = 0; i < reports.size(); i++) {
                SignatureReport r = reports.get(i);
                human.append(m.get("sign.verify.line", String.valueOf(i + 1), r.fieldName(),
                        r.signerName() == null ? m.get("sign.verify.unknownSigner") : r.signerName(),
                        r.signedAt() == null ? "?" : SignCommand.SHOWN.format(WorkCalendar.toLocal(r.signedAt())),
                        m.get(statusKey(r)))).append('\n');
            }
            if (reports.isEmpty()) {
                if (session.json()) {
                    session.print(json, "");
                }
                throw new UserFacingException("sign.verify.none", file.toString());
            }
            if (invalid > 0) {
                session.print(json, human.toString().stripTrailing());
                throw new UserFacingException("sign.verify.invalid", file.toString(), String.valueOf(invalid),
                        String.valueOf(reports.size()));
            }
            json.put("message", summary);
            session.print(json, human.append(summary).toString());
            return Cli.OK;
        }
    }

    /** The first reason a signature fails, in the order a reader would look. */
    static String statusKey(SignatureReport r) {
        if (!r.byteRangeValid()) {
            return "sign.verify.status.badRange";
        }
        if (!r.digestMatches()) {
            return "sign.verify.status.altered";
        }
        if (!r.signatureValid()) {
            return "sign.verify.status.badSignature";
        }
        if (!r.certificateValidAtSigning()) {
            return "sign.verify.status.certificate";
        }
        if (r.trust() == SignatureReport.Trust.UNTRUSTED) {
            return "sign.verify.status.untrusted";
        }
        return r.coversWholeDocument() ? "sign.verify.status.valid" : "sign.verify.status.laterChanges";
    }

    /**
     * A file of the office's document store is sealed at rest: it is read through the store (a plain
     * copy, deleted after the check); any other file is checked as it is.
     */
    private vn.motcua.documents.PlainCopy plainIfStored(CliSession session) {
        try {
            String name = file.getFileName().toString();
            if (!vn.motcua.encryption.SealedFile.isSealed(file) || !name.matches("[0-9a-f]{64}\\.pdf")) {
                return null;
            }
            var store = session.context().documents().store();
            return store.plainCopy(name.substring(0, 64), store.workDirectory());
        } catch (java.io.IOException e) {
            return null; // unreadable here: the verifier says what is wrong with the file itself
        }
    }

    private static Map<String, Object> json(SignatureReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", r.fieldName());
        json.put("signerName", r.signerName());
        json.put("subject", r.subject());
        json.put("issuer", r.issuer());
        json.put("serial", r.serial());
        json.put("signedAt", r.signedAt() == null ? null : r.signedAt().toString());
        json.put("reason", r.reason());
        json.put("location", r.location());
        json.put("coversWholeDocument", r.coversWholeDocument());
        json.put("byteRangeValid", r.byteRangeValid());
        json.put("digestMatches", r.digestMatches());
        json.put("signatureValid", r.signatureValid());
        json.put("certificateValidAtSigning", r.certificateValidAtSigning());
        json.put("chain", r.chain());
        json.put("trust", r.trust().name().toLowerCase(Locale.ROOT));
        json.put("valid", r.valid());
        return json;
    }

    private static List<X509Certificate> anchors(List<Path> files) {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    anchors.add((X509Certificate) c);
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new UserFacingException(e, "sign.cli.trustUnreadable", f.toString());
            }
            if (anchors.isEmpty()) {
                throw new UserFacingException("sign.cli.trustUnreadable", f.toString());
            }
        }
        return anchors;
    }
}
