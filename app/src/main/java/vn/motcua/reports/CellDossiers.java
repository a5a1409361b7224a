package vn.motcua.reports;

import java.util.List;

/** The dossier codes behind one number, a page of them in code order, and how many there are in all. */
public record CellDossiers(List<String> codes, long total) {
}
