"""Reusable test machinery: personas, permission-matrix suites, guards. Used by every app."""
