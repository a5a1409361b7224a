package vn.motcua.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoreSealing;
import vn.motcua.security.Actor;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;

/** A desk whose store is sealed (every office since encryption at rest) still carries the plain scans in its bundle. */
class SealedBundleExportTest {
    @TempDir
    Path dir;

    @Test
    void aBundleFromASealedStoreCarriesThePlainScansAndThePortalTakesIt() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            try (AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
                OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
                DocumentStore sealed = desk.documents().store();
                StoreSealing.Counts counts = sealed.sealExisting(StoreSealing.Progress.NONE);
                assertThat(counts.alreadySealed()).as("sealed when stored").isEqualTo(3);
                assertThat(counts.sealed()).isZero();

                BundleExport export = new BundleExport(desk.database().sessionFactory(), sealed, desk.sync().settings()::require,
                        () -> vn.motcua.testing.TestOffice.AGENCY, desk.audit(), java.time.Clock.systemUTC());
                BundleExport.Result bundle = export.export(Actor.SYSTEM, dir.resolve("goi.json"), null);

                assertThat(bundle.attachments()).isEqualTo(3);
                JsonNode json = new ObjectMapper().readTree(bundle.file().toFile());
                assertThat(json.findValues("base64")).hasSize(3).allSatisfy(b -> {
                    byte[] pdf = Base64.getDecoder().decode(b.asText());
                    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                });
                SandboxClient.Reply ack = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file()));
                assertThat(ack.status()).as(String.valueOf(ack.body())).isEqualTo(200);
            }
        }
    }
}
