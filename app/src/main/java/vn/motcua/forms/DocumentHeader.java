package vn.motcua.forms;

import java.time.LocalDate;

/**
 * The head of a printed administrative document (Decree 30/2020): the issuing body at the top
 * left (with its parent body above it, e.g. "UBND XÃ AN BÌNH"), and the place and date line
 * ("Xã An Bình, ngày 23 tháng 11 năm 2026") under the national motto.
 *
 * @param parentBody  the body the issuer belongs to, printed above it; {@code null} when none
 * @param issuingBody the office issuing the form, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
 * @param place       the place name of the date line, e.g. "Xã An Bình"
 * @param date        the date of the document
 */
public record DocumentHeader(String parentBody, String issuingBody, String place, LocalDate date) {
}
