package se.largrupp.core.meetings;

public enum Rsvp { COMING, NOT_COMING }
