package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.common.UserFacingException;
import vn.motcua.sync.sandbox.PortalServer;
import vn.motcua.sync.sandbox.SandboxClient;

/**
 * {@code portal apply-bundle FILE [--url URL] [--out ACK.json]}: hands a carried bundle to the
 * portal (over HTTP with --url, else straight into the portal's --data-dir) and prints or
 * writes the acknowledgement the desk imports afterwards.
 */
@Command(name = "apply-bundle", mixinStandardHelpOptions = true, description = "Apply a hand-carried bundle; write its acknowledgement.")
final class PortalApplyBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle file (motcua-bundle/1).")
    Path file;

    @Option(names = "--url", paramLabel = "URL", description = "The portal; without it, --data-dir names the portal's directory.")
    String url;

    @Option(names = "--out", paramLabel = "ACK.json", description = "Write the acknowledgement to this file.")
    Path out;

    @Override
    public Integer call() {
        byte[] bundle;
        try {
            bundle = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "portal.bundle.unreadable", file.toString());
        }
        SandboxClient.Reply reply = url != null ? SandboxClient.of(PortalCommand.url(url)).applyBundle(bundle)
                : PortalServer.applyBundle(PortalCommand.dataDir(spec), bundle);
        JsonNode body = reply.body();
        if (reply.status() != 200 || body == null) {
            String error = body == null ? "http_" + reply.status() : body.path("error").asText();
            String message = body == null ? "" : body.path("message").asText();
            throw new UserFacingException("portal.bundle.refused", error, message);
        }
        if (out != null) {
            try {
                Files.writeString(out, body.toString() + "\n");
            } catch (IOException e) {
                throw new UserFacingException(e, "portal.bundle.cannotWrite", out.toString());
            }
        }
        int accepted = 0;
        for (JsonNode r : body.path("results")) {
            int status = r.path("status").asInt();
            accepted += status >= 200 && status < 300 ? 1 : 0;
        }
        int total = body.path("results").size();
        if (PortalCommand.json(spec)) {
            PortalCommand.out(spec, body.toString());
        } else {
            PortalCommand.out(spec, PortalCommand.messages().get("portal.bundle.applied", body.path("bundleSha256").asText(),
                    String.valueOf(total), String.valueOf(accepted), String.valueOf(total - accepted)));
        }
        return Cli.OK;
    }
}
