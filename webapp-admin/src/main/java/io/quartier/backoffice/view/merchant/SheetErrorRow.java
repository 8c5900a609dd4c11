package io.quartier.backoffice.view.merchant;

import java.io.Serializable;

/** One bad line of an imported sheet: its number, the column at fault (may be empty) and the translated reason. */
public class SheetErrorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String column;
    private final String reason;

    public SheetErrorRow(int line, String column, String reason) {
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int getLine() {
        return line;
    }

    public String getColumn() {
        return column;
    }

    public String getReason() {
        return reason;
    }
}
