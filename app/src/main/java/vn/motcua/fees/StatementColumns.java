package vn.motcua.fees;

import java.util.List;
import java.util.Optional;
import vn.motcua.common.Text;

/**
 * Where the columns of a bank statement are, recognized from header names in Vietnamese or
 * English as the common Vietnamese banks export them. The amount is the credit column ("Ghi có",
 * "Credit") when there is one, else a signed "Số tiền" / "Amount" column.
 */
record StatementColumns(char separator, int row, List<String> names, int date, int amount, int debit,
                        int description, int reference) {

    private enum Role { BALANCE, DEBIT, CREDIT, REFERENCE, DESCRIPTION, DATE, AMOUNT, OTHER }

    static Optional<StatementColumns> recognize(CsvText.Line line, char separator) {
        List<String> names = CsvText.cells(line.text(), separator);
        int date = -1;
        int credit = -1;
        int amount = -1;
        int debit = -1;
        int description = -1;
        int reference = -1;
        for (int i = 0; i < names.size(); i++) {
            switch (role(Text.fold(names.get(i)))) {
                case DATE -> date = date < 0 ? i : date;
                case CREDIT -> credit = credit < 0 ? i : credit;
                case AMOUNT -> amount = amount < 0 ? i : amount;
                case DEBIT -> debit = debit < 0 ? i : debit;
                case DESCRIPTION -> description = description < 0 ? i : description;
                case REFERENCE -> reference = reference < 0 ? i : reference;
                default -> { }
            }
        }
        int money = credit >= 0 ? credit : amount;
        if (date < 0 || money < 0 || description < 0) {
            return Optional.empty();
        }
        return Optional.of(new StatementColumns(separator, line.row(), names, date, money, debit, description, reference));
    }

    String name(int column) {
        return names.get(column);
    }

    private static Role role(String h) {
        if (h.isEmpty()) {
            return Role.OTHER;
        }
        if (h.contains("so du") || h.contains("balance")) {
            return Role.BALANCE;
        }
        if (h.contains("ghi no") || h.contains("debit") || h.contains("phat sinh no") || h.contains("so tien no")
                || h.equals("no") || h.contains("withdraw")) {
            return Role.DEBIT;
        }
        if (h.contains("ghi co") || h.contains("credit") || h.contains("phat sinh co") || h.contains("so tien co")
                || h.equals("co") || h.contains("deposit")) {
            return Role.CREDIT;
        }
        if (h.contains("tham chieu") || h.contains("reference") || h.contains("ma giao dich") || h.contains("so giao dich")
                || h.contains("ma gd") || h.contains("so but toan") || h.contains("transaction id") || h.startsWith("ref")) {
            return Role.REFERENCE;
        }
        if (h.contains("noi dung") || h.contains("dien giai") || h.contains("description") || h.contains("mo ta")
                || h.contains("chi tiet") || h.contains("details") || h.contains("narrative") || h.contains("remark")) {
            return Role.DESCRIPTION;
        }
        if (h.startsWith("ngay") || h.contains("date")) {
            return Role.DATE;
        }
        if (h.contains("so tien") || h.contains("amount") || h.contains("gia tri")) {
            return Role.AMOUNT;
        }
        return Role.OTHER;
    }
}
