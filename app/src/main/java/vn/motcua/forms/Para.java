package vn.motcua.forms;

import java.util.List;

/** A paragraph to lay out: its spans, type size and the space left after it. */
record Para(List<Span> spans, float size, float spaceAfter) {
    static Para of(float size, Span... spans) {
        return new Para(List.of(spans), size, 1.5f);
    }

    /** "Label: value" in regular type, the value bold when {@code strong}. */
    static Para field(float size, String label, String value, boolean strong) {
        String v = value == null ? "" : value;
        return of(size, Span.regular(label + " "), strong ? Span.bold(v) : Span.regular(v));
    }
}
