"""Työkirja – a private coaching workbook for people who lead encounters at work."""

__version__ = "0.1.0"
APP_ID = "fi.tyokirja.Tyokirja"
