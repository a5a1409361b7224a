package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.mb;
import static vn.motcua.bench.BenchKit.say;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Installed size of the desk (the installed .deb's tree, else the app image) next to the full JDK
 * this benchmark runs on, the baseline of "what shipping Java with the desk would cost", with the
 * parts: the jlinked runtime, the jars, the AppCDS archive. Prints figures; asserts nothing.
 */
class InstalledSizeBench {
    @Test
    void installedSizeNextToTheFullJdk() throws Exception {
        Packaged p = Packaged.find();
        if (p == null) {
            say("no installed tree nor app image: run ./mvnw -Pinstaller package -DskipTests first");
            return;
        }
        Path root = p.root();
        Path app = root.resolve("lib/app");
        long total = Packaged.bytes(root);
        long runtime = Packaged.bytes(root.resolve("lib/runtime"));
        Path jsa = app.resolve("motcua.jsa");
        long archive = Files.exists(jsa) ? Files.size(jsa) : 0;
        long jars = Packaged.bytes(app) - archive;
        long jdk = Packaged.bytes(Path.of(System.getProperty("java.home")));

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tree", "MB"));
        rows.add(List.of(p.installed() ? "installed " + root : "app image " + root, mb(total)));
        rows.add(List.of("  jlinked runtime (lib/runtime)", mb(runtime)));
        rows.add(List.of("  desk jar + libraries (lib/app)", mb(jars)));
        rows.add(List.of("  AppCDS archive (lib/app/motcua.jsa)", mb(archive)));
        rows.add(List.of("full JDK " + System.getProperty("java.home") + " (baseline)", mb(jdk)));
        BenchKit.table("installed size", rows);
        System.out.printf(Locale.ROOT,
                "installer.installedSize=%sMB (runtime %s MB, jars %s MB, AppCDS %s MB; without the archive %s MB; full JDK alone %s MB; target ≤120 MB)%n",
                mb(total), mb(runtime), mb(jars), mb(archive), mb(total - archive), mb(jdk));
        System.out.flush();
    }
}
