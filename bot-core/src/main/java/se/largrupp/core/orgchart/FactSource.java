package se.largrupp.core.orgchart;

/** Where a fact about a person comes from, strongest first: the directory beats HR's file, which beats what the leader typed. */
public enum FactSource {
    DIRECTORY, HR, TYPED
}
