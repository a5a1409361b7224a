package vn.motcua.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.sync.sandbox.PortalOptions;
import vn.motcua.sync.sandbox.PortalServer;

/**
 * {@code portal serve --data-dir DIR --port N}: runs the sandbox portal in the foreground on
 * 127.0.0.1, prints its URL, and stops cleanly on SIGTERM or Ctrl+C (a shutdown hook closes the
 * server and its database).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the sandbox portal on 127.0.0.1 until stopped.")
final class PortalServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "N", description = "TCP port (0: any free port).")
    int port;

    @Option(names = "--token-ttl", paramLabel = "S", defaultValue = "900", description = "Access token lifetime, seconds (default 900).")
    long tokenTtl;

    @Option(names = "--upload-ttl", paramLabel = "S", defaultValue = "604800",
            description = "How long an unfinished upload is kept after its last chunk, seconds (default 7 days).")
    long uploadTtl;

    @Option(names = "--feed-retention", paramLabel = "N", defaultValue = "0",
            description = "Keep only the newest N changes in the feed (0: all); older cursors get 410.")
    int feedRetention;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = PortalCommand.dataDir(spec);
        PortalOptions options = PortalOptions.defaults().withTokenTtl(Duration.ofSeconds(tokenTtl))
                .withUploadTtl(Duration.ofSeconds(uploadTtl)).withFeedRetention(feedRetention);
        PortalServer server = PortalServer.start(dir, port, options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "portal-shutdown"));
        String url = server.url().toString();
        if (PortalCommand.json(spec)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("url", url);
            json.put("port", server.port());
            json.put("dataDir", dir.toString());
            PortalCommand.out(spec, CliSession.json(json));
        } else {
            PortalCommand.out(spec, PortalCommand.messages().get("portal.serving", url, dir.toString()));
        }
        stopped.await();
        return Cli.OK;
    }
}
