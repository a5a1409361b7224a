package vn.motcua.dossier;

import java.util.List;

/** One page of the dossier list and how many rows the filter matches in all. */
public record DossierPage(List<DossierRow> rows, long total, int offset, int limit) {
}
