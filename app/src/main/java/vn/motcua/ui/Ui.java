package vn.motcua.ui;

/** What every screen gets from the shell: strings, dialogs, the background runner, error reporting. */
public record Ui(I18n i18n, DialogService dialogs, BackgroundRunner runner, ErrorReporter errors) {
    /** Shows an expected failure inline via {@code inline}; anything else goes to the error reporter. */
    public void fail(Throwable error, java.util.function.Consumer<String> inline) {
        if (error instanceof vn.motcua.common.UserFacingException e) {
            inline.accept(i18n.t(e));
        } else {
            errors.report(error);
        }
    }
}
