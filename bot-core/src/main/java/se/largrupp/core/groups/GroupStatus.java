package se.largrupp.core.groups;

public enum GroupStatus { ACTIVE, DISSOLVED }
