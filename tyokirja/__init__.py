"""Työkirja – a private coaching workbook for people who lead encounters at work."""

__version__ = "0.2.0"
APP_ID = "fi.tyokirja.Tyokirja"
