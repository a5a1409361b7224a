package vn.motcua.forms;

/**
 * Renders a busy year's register (2,000 lines) and prints its page count: run by
 * {@link RegisterMemoryTest} in a JVM with a small heap.
 */
final class RegisterInSmallHeap {
    private RegisterInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        byte[] pdf = new RegisterForm(FormFonts.shared()).render(ProcessingSamples.register(lines));
        System.out.println("pages=" + PdfReadBack.pages(pdf));
    }
}
