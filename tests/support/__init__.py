"""Helpers shared by the reliability tests."""
