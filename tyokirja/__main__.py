"""`python -m tyokirja` and the `tyokirja` command: the app, or a CLI command (see cli.py)."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--word-analyser"]:  # the search's word analyser, a process of its own
        from tyokirja.storage import analyser_worker

        raise SystemExit(analyser_worker.main())
    from tyokirja import cli

    raise SystemExit(cli.main(sys.argv[1:]))


if __name__ == "__main__":
    main()
