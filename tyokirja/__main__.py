"""`python -m tyokirja` and the `tyokirja` command: the app, or a CLI command (see cli.py)."""

from __future__ import annotations

import sys


def main() -> None:
    from tyokirja import cli

    raise SystemExit(cli.main(sys.argv[1:]))


if __name__ == "__main__":
    main()
