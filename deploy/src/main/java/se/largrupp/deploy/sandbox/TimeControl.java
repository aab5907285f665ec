package se.largrupp.deploy.sandbox;

/** The sandbox's time-scale knob: how many seconds of bot time pass per real second. */
public interface TimeControl {
    double scale();

    /** @return false when this run cannot change the scale (it was fixed at start) */
    boolean setScale(double scale);

    static TimeControl fixed(double scale) {
        return new TimeControl() {
            public double scale() { return scale; }
            public boolean setScale(double s) { return false; }
        };
    }
}
