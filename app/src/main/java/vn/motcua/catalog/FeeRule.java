package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A procedure's fee (phí, lệ phí) as data, and its computation from what was brought to the desk.
 * Amounts are whole đồng.
 *
 * @param kind free, per dossier, per certified copy, or per page in bands per certified copy
 * @param code the fee's code on fee lines (mã phí, lệ phí)
 * @param name the fee's name on fee lines and the receipt
 * @param amount per dossier ({@code PER_CASE}) or per copy ({@code PER_COPY}), in person and by post
 * @param onlineAmount the same for online submission (channel 2)
 * @param bands {@code PER_PAGE}: the per-page bands, the first from page 1
 * @param capPerCopy {@code PER_PAGE}: the most one certified copy costs; 0 = no cap
 * @param note a remark printed with the description (exempt groups, "mức thu cần kiểm tra" …)
 */
public record FeeRule(FeeKind kind, String code, String name, long amount, long onlineAmount, List<PageBand> bands,
        long capPerCopy, String note) {
    public static final int IN_PERSON = 1;
    public static final int ONLINE = 2;
    public static final int POST = 3;

    public FeeRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        bands = List.copyOf(bands);
        if (amount < 0 || onlineAmount < 0 || capPerCopy < 0) {
            throw new IllegalArgumentException("negative amount in fee " + code);
        }
        if (kind == FeeKind.PER_PAGE && (bands.isEmpty() || bands.get(0).fromPage() != 1)) {
            throw new IllegalArgumentException("a per-page fee needs bands starting at page 1");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromPage() <= bands.get(i - 1).fromPage()) {
                throw new IllegalArgumentException("page bands must start at increasing pages");
            }
        }
    }

    public static FeeRule free(String note) {
        return new FeeRule(FeeKind.FREE, "LE_PHI", "Lệ phí", 0, 0, List.of(), 0, note);
    }

    /** Whether the fee depends on the page count of each component (the desk must ask for pages). */
    public boolean needsPages() {
        return kind == FeeKind.PER_PAGE;
    }

    /**
     * The fee lines owed. {@code PER_PAGE}: one line per component with certified copies,
     * certifiedCopies × min(cap, Σ bands over its pages).
     *
     * @param channel 1 in person, 2 online, 3 public postal service (reference §4)
     * @throws IllegalArgumentException for an unknown channel or a negative count (the caller
     *         validates user input first)
     */
    public List<FeeLine> compute(int channel, List<ComponentQuantity> quantities) {
        if (channel < IN_PERSON || channel > POST) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        for (ComponentQuantity q : quantities) {
            if (q.originals() < 0 || q.certifiedCopies() < 0 || q.photocopies() < 0 || q.pages() < 0) {
                throw new IllegalArgumentException("negative count for component " + q.code());
            }
        }
        long unit = channel == ONLINE ? onlineAmount : amount;
        return switch (kind) {
            case FREE -> List.of();
            case PER_CASE -> unit == 0 ? List.of() : List.of(new FeeLine(code, name, unit));
            case PER_COPY -> perCopy(unit, quantities);
            case PER_PAGE -> perPage(quantities);
        };
    }

    private List<FeeLine> perCopy(long unit, List<ComponentQuantity> quantities) {
        long copies = quantities.stream().mapToLong(ComponentQuantity::certifiedCopies).sum();
        if (copies == 0 || unit == 0) {
            return List.of();
        }
        return List.of(new FeeLine(code, CatalogText.get("catalog.fee.line.copies", name, String.valueOf(copies)),
                Math.multiplyExact(copies, unit)));
    }

    private List<FeeLine> perPage(List<ComponentQuantity> quantities) {
        List<FeeLine> lines = new ArrayList<>();
        for (ComponentQuantity q : quantities) {
            if (q.certifiedCopies() == 0) {
                continue;
            }
            long total = Math.multiplyExact(q.certifiedCopies(), perCopyOfPages(q.pages()));
            lines.add(new FeeLine(code, CatalogText.get("catalog.fee.line.pages", name, q.code(),
                    String.valueOf(q.certifiedCopies()), String.valueOf(q.pages())), total));
        }
        return List.copyOf(lines);
    }

    /** What one certified copy of a document of {@code pages} pages costs: the bands, capped. */
    public long perCopyOfPages(int pages) {
        long sum = 0;
        for (int i = 0; i < bands.size(); i++) {
            int from = bands.get(i).fromPage();
            int to = i + 1 < bands.size() ? bands.get(i + 1).fromPage() - 1 : Integer.MAX_VALUE;
            long count = Math.max(0, (long) Math.min(pages, to) - from + 1);
            sum += count * bands.get(i).perPage();
        }
        return capPerCopy > 0 ? Math.min(capPerCopy, sum) : sum;
    }

    /** Vietnamese description for the catalogue listing and the receipt. */
    public String describe() {
        String text = switch (kind) {
            case FREE -> CatalogText.get("catalog.fee.free");
            case PER_CASE -> amount == onlineAmount ? CatalogText.get("catalog.fee.perCase", amount)
                    : CatalogText.get("catalog.fee.perCaseOnline", amount, onlineAmount);
            case PER_COPY -> amount == onlineAmount ? CatalogText.get("catalog.fee.perCopy", amount)
                    : CatalogText.get("catalog.fee.perCopyOnline", amount, onlineAmount);
            case PER_PAGE -> pages();
        };
        return note == null || note.isBlank() ? text : CatalogText.get("catalog.fee.withNote", text, note);
    }

    private String pages() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            PageBand b = bands.get(i);
            if (i + 1 < bands.size()) {
                parts.add(CatalogText.get("catalog.fee.band", b.perPage(), String.valueOf(b.fromPage()),
                        String.valueOf(bands.get(i + 1).fromPage() - 1)));
            } else {
                parts.add(CatalogText.get("catalog.fee.bandOpen", b.perPage(), String.valueOf(b.fromPage())));
            }
        }
        String text = String.join("; ", parts);
        return capPerCopy > 0 ? CatalogText.get("catalog.fee.cap", text, capPerCopy) : text;
    }
}
