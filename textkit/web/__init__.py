"""``textkit serve``: the web app (pages in Chinese) and the HTTP API over the same library calls.

Imported only by the ``serve`` command (and by tests), so that ``textkit --help`` stays fast.

:func:`create_app` returns a FastAPI app. Its state lives on ``app.state``:

- ``app.state.settings`` — :class:`~textkit.web.app.Settings` (index path, token, upload limit, …);
- ``app.state.store`` — :class:`~textkit.web.store.IndexStore`: ``store.index`` is the loaded
  :class:`~textkit.search.index.SearchIndex` (read it once per request: an upload swaps it),
  ``store.path`` where changes are saved;
- ``app.state.templates`` — the Jinja2 templates (``textkit/web/templates/``, autoescaped);
  ``app.state.csrf`` — the CSRF token pages put in ``<meta name="csrf-token">``.

How another router plugs in: put a module in this package that defines ``router`` (a FastAPI
``APIRouter``) and add its name to :data:`textkit.web.app.ROUTERS` (``contests`` is already listed:
``create_app`` includes ``textkit.web.contests.router`` as soon as that module exists). Its
templates go in ``templates/`` and may extend ``base.html``; its pages get the nav, CSP and
styles for free. Every request has already passed the token and origin checks of
:mod:`textkit.web.security` (middleware) before a route runs; a router may also depend on
:func:`textkit.web.security.require_token` explicitly. Paths that must be open without the token
(a contest member's page, reached by its unguessable id) are added as prefixes to
``app.state.open_paths`` by the router's module-level ``OPEN_PATHS`` tuple; state-changing
requests there are still origin- and CSRF-checked.
"""

from __future__ import annotations

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
