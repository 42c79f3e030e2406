"""Shared test set-up: this folder's helper modules (export_quizzes, export_readers, gift_parser,
pdf_text) are importable from the tests in every subfolder, which mirror textkit's packages."""

import os

# Tests assert on English messages: a developer's Chinese locale must not change them (tests/test_locale.py
# sets the locale it checks itself).
os.environ["LANGUAGE"] = "en"
