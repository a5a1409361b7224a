package vn.motcua.documents.source;

import java.util.List;

/** What a {@link HotFolderSink} did with a file it did not refuse. */
public sealed interface Filing {
    /** Linked: one document for a plain file, one per part for a stack with separator sheets. */
    record Filed(List<FiledDocument> documents) implements Filing {
        public Filed {
            documents = List.copyOf(documents);
        }
    }

    /** No separator sheet and no target (or a target that no longer exists): the clerk must say where it goes. */
    record NeedsTarget() implements Filing {
    }
}
