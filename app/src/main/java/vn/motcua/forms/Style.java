package vn.motcua.forms;

/** The three faces a form uses. */
enum Style {
    REGULAR, BOLD, ITALIC
}
