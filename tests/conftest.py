"""Shared test set-up: this folder's helper modules (export_quizzes, export_readers, gift_parser,
pdf_text) are importable from the tests in every subfolder, which mirror textkit's packages."""
