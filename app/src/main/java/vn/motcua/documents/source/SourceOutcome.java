package vn.motcua.documents.source;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one source file: filed (its original kept in done/), waiting for a target, or
 * refused ({@code message} says why; the original and a {@code .txt} with the reason in refused/).
 *
 * @param keptAt where the original is now
 */
public record SourceOutcome(String fileName, Status status, List<FiledDocument> documents, String message, Path keptAt) {
    public enum Status { FILED, WAITING, REFUSED }

    public SourceOutcome {
        documents = List.copyOf(documents);
    }
}
