package vn.motcua.documents.source;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.FileKind;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.documents.ScanImportService;
import vn.motcua.documents.StackFiling;
import vn.motcua.documents.split.StackSplitter;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.security.Actor;

/**
 * The sink of the desk: a file with separator sheets is filed at its sheets
 * ({@link StackFiling}); any other file goes to the target through
 * {@link ScanImportService#importFiles}, which links the same content to a component once, so
 * a file retried after a crash is not linked twice.
 */
public final class DossierSink implements HotFolderSink {
    private final ScanImportService imports;
    private final DossierRecords dossiers;
    private final Actor actor;

    /** @param actor who the imports are recorded as (the clerk at the desk; the local admin for the CLI) */
    public DossierSink(ScanImportService imports, DossierRecords dossiers, Actor actor) {
        this.imports = imports;
        this.dossiers = dossiers;
        this.actor = actor;
    }

    @Override
    public Filing file(Path file, Target target) {
        if (hasSeparators(file)) {
            return new Filing.Filed(new StackFiling(imports).file(actor, List.of(file)).stream()
                    .map(p -> new FiledDocument(p.dossierCode(), p.componentCode(), p.document())).toList());
        }
        if (target == null || !exists(target)) {
            return new Filing.NeedsTarget();
        }
        ImportedDocument doc = imports.importFiles(actor, target.dossierCode(), target.componentCode(), List.of(file));
        return new Filing.Filed(List.of(new FiledDocument(target.dossierCode(), target.componentCode(), doc)));
    }

    @Override
    public void checkTarget(Target target) {
        Dossier dossier = dossiers.require(target.dossierCode());
        if (dossier.components().stream().noneMatch(c -> c.code().equals(target.componentCode()))) {
            throw new UserFacingException("documents.componentUnknown", dossier.code(), target.componentCode(),
                    dossier.components().stream().map(DossierComponent::code).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public boolean isIntact(ImportedDocument document) {
        return imports.store().isIntact(document.sha256());
    }

    private boolean exists(Target target) {
        try {
            checkTarget(target);
            return true;
        } catch (UserFacingException e) {
            return false; // the dossier or component went away since the desk chose it: the clerk reassigns
        }
    }

    /**
     * Whether any page is a separator sheet. Only a probe: a file the splitter cannot read
     * (TIFF, damaged, not a scan at all) counts as plain, and the import then refuses or takes it
     * with its own checks and messages.
     */
    static boolean hasSeparators(Path file) {
        try {
            if (FileKind.sniff(file) == FileKind.TIFF) {
                return false; // the splitter reads PDF, JPEG and PNG pages
            }
            return new StackSplitter().split(file).stream().anyMatch(p -> !p.unassigned());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
