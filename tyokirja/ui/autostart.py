"""Start at login: the XDG autostart entry ($XDG_CONFIG_HOME/autostart), written only on the user's word.

Removed again when the user turns it off; nothing else ever writes there. Without it, nothing of
Työkirja runs while the app is closed (the reminder lives inside the running app).
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

APP_ID = "fi.tyokirja.Tyokirja"


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def command() -> list[str]:
    """How this Työkirja is started again: the bundle's program, the installed command, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    installed = shutil.which("tyokirja")
    return [installed] if installed else [sys.executable, "-m", "tyokirja"]


def is_enabled() -> bool:
    return autostart_file().is_file()


def enable(comment: str) -> Path:
    target = autostart_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Työkirja",
        f"Comment={comment}",
        f"Exec={shlex.join(command())}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])
    temp = target.with_name(f".{target.name}.new")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, target)
    return target


def disable() -> None:
    autostart_file().unlink(missing_ok=True)
