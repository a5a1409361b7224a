package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.ocr.OcrAvailability;
import vn.motcua.documents.ocr.TextLayerQueue;

/**
 * {@code documents ocr}: makes the text layer of every digitized scan that has none yet, now (the
 * desktop does the same in the background). Progress goes to standard error, one line a page.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Add the searchable text layer (Tesseract, Vietnamese) to every scan still without one.")
final class DocumentsOcrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--retry-failed", description = "Try again the scans whose recognition failed before.")
    boolean retryFailed;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            TextLayerQueue queue = session.context().textLayers();
            OcrAvailability a = queue.availability();
            if (!a.available()) {
                throw new UserFacingException(a.reasonKey());
            }
            if (retryFailed) {
                queue.retryFailed();
            }
            TextLayerQueue.Pass pass = queue.runPending(new TextLayerQueue.Listener() {
                private int index;
                private int count;

                @Override
                public void document(int index, int count, String sha256) {
                    this.index = index;
                    this.count = count;
                }

                @Override
                public void page(int done, int total) {
                    session.warn(session.messages().get("documents.ocr.progress", String.valueOf(index), String.valueOf(count),
                            String.valueOf(done), String.valueOf(total)));
                }
            }, () -> Thread.currentThread().isInterrupted());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("recognized", pass.recognized());
            json.put("failed", pass.failed());
            json.put("pending", queue.pending().size());
            session.print(json, session.messages().get("documents.ocr.done", String.valueOf(pass.recognized()),
                    String.valueOf(pass.failed())));
            return pass.failed() == 0 ? Cli.OK : Cli.FAILED;
        }
    }
}
