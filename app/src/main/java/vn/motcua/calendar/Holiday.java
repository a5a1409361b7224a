package vn.motcua.calendar;

import java.time.LocalDate;

/** A statutory public holiday on a given date (ngày nghỉ lễ, Tết), with its Vietnamese name. */
public record Holiday(LocalDate date, String name) {
}
