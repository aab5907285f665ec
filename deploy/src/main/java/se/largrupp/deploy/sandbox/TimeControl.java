package se.largrupp.deploy.sandbox;

/** The sandbox's time-scale knob: how many seconds of bot time pass per real second. */
public interface TimeControl {
    double scale();

    /** @return false when this run cannot change the scale (it was fixed at start) */
    boolean setScale(double scale);
}
