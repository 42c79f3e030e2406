"""``python -m textkit`` and the ``textkit`` console script.

Ctrl-C at any moment after Python has started, even while the command line module is still being
imported, ends with one line on stderr and exit code 130 (as a shell reports an interrupt).
"""

import sys


def main() -> None:
    try:
        from .cli import main as run

        run()
    except KeyboardInterrupt:
        try:
            sys.stderr.write("textkit: interrupted\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
