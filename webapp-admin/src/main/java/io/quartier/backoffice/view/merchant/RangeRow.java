package io.quartier.backoffice.view.merchant;

import java.io.Serializable;

/** One editable opening range of the week: a weekday (MONDAY..SUNDAY) and two local times (HH:mm). */
public class RangeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String day;
    private String opens;
    private String closes;

    public RangeRow(String day, String opens, String closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }
}
