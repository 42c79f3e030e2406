"""textkit's quality harness: ranking, recall, known items, segmentation and blanks on real data.

Run everything with ``python -m eval.run`` from the repository root (see ``eval/README.md``).
"""
