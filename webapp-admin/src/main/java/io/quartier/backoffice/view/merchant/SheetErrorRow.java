package io.quartier.backoffice.view.merchant;

import java.io.Serializable;

/** One bad line of an imported sheet: its number, the column at fault (may be empty) and the translated reason. */
public record SheetErrorRow(int line, String column, String reason) implements Serializable {
}
