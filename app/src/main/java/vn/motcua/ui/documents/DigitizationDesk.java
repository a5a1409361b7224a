package vn.motcua.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.AppContext;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ImportProgress;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.documents.PagePreviews;
import vn.motcua.documents.StackFiling;
import vn.motcua.documents.StagedPage;
import vn.motcua.documents.split.StackPart;
import vn.motcua.documents.split.StackSplitter;
import vn.motcua.dossier.Dossier;
import vn.motcua.security.Actor;

/**
 * The services the digitization screen calls, for the logged-in clerk. Every method may block
 * (database, files, rendering): the screen calls them only through the background runner.
 */
public interface DigitizationDesk {
    Optional<Dossier> dossier(String code);

    /** The documents linked to the dossier, removed ones included, oldest first. */
    List<DossierDocument> linked(String code);

    ImportedDocument seal(String code, String componentCode, List<StagedPage> pages, ImportProgress progress);

    DossierDocument remove(UUID documentId, String reason);

    int pageCount(Path file);

    /** Page {@code pageIndex} of {@code file}, its longer side at most {@code maxPixels}. */
    BufferedImage preview(Path file, int pageIndex, int maxPixels);

    /** The parts a scanned stack would be filed as (nothing is stored). */
    List<StackPart> split(Path stack);

    /** Files every part of the stack into its dossier component. */
    List<StackFiling.FiledPart> fileStack(Path stack);

    /** The hot folder, scanner and OCR of this desk, when the shell started them. */
    default Optional<DeskSources> sources() {
        return Optional.empty();
    }

    static DigitizationDesk of(AppContext context, Actor actor) {
        return of(context, actor, null);
    }

    /** @param sources the desk's scanner sources, or {@code null} for none (tests of the screen alone) */
    static DigitizationDesk of(AppContext context, Actor actor, DeskSources sources) {
        return new DigitizationDesk() {
            @Override
            public Optional<DeskSources> sources() {
                return Optional.ofNullable(sources);
            }

            @Override
            public Optional<Dossier> dossier(String code) {
                return context.dossiers().byCode(code);
            }

            @Override
            public List<DossierDocument> linked(String code) {
                return context.documents().linked(code);
            }

            @Override
            public ImportedDocument seal(String code, String componentCode, List<StagedPage> pages, ImportProgress progress) {
                return context.documents().importPages(actor, code, componentCode, pages, progress);
            }

            @Override
            public DossierDocument remove(UUID documentId, String reason) {
                return context.documents().remove(actor, documentId, reason);
            }

            @Override
            public int pageCount(Path file) {
                return PagePreviews.pageCount(file);
            }

            @Override
            public BufferedImage preview(Path file, int pageIndex, int maxPixels) {
                return PagePreviews.render(file, pageIndex, maxPixels);
            }

            @Override
            public List<StackPart> split(Path stack) {
                return new StackSplitter().split(stack);
            }

            @Override
            public List<StackFiling.FiledPart> fileStack(Path stack) {
                return new StackFiling(context.documents()).file(actor, List.of(stack));
            }
        };
    }
}
