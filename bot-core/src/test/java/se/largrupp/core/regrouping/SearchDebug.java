package se.largrupp.core.regrouping;
public class SearchDebug { public static long its() { return Search.ITS; } }
