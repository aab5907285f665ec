package se.largrupp.core.groups;

/** How a group meets. Digital meetings may carry a link. */
public enum MeetingFormat { LUNCH, FIKA, DIGITAL, WALK_AND_TALK }
