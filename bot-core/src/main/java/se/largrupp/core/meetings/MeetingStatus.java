package se.largrupp.core.meetings;

public enum MeetingStatus { PLANNED, HELD, SKIPPED }
