"""Run textkit from a checkout without installing it: ``python cli.py search 两个维护``."""

from textkit.cli import main

if __name__ == "__main__":
    main()
