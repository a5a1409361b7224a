package vn.motcua.forms;

import java.time.LocalDate;
import java.util.List;

/**
 * What form 07 (Sổ theo dõi hồ sơ) prints: the register's lines for the dossiers received from
 * {@code from} to {@code to} (both included), in order.
 */
public record RegisterData(DocumentHeader header, LocalDate from, LocalDate to, List<RegisterRow> rows) {
}
