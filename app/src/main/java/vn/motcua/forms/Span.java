package vn.motcua.forms;

/** A run of text in one face; a paragraph is a list of spans wrapped together. */
record Span(String text, Style style) {
    static Span regular(String text) {
        return new Span(text, Style.REGULAR);
    }

    static Span bold(String text) {
        return new Span(text, Style.BOLD);
    }

    static Span italic(String text) {
        return new Span(text, Style.ITALIC);
    }
}
