"""Build script: everything is declared in setup.cfg except the optional compiled query path.

``textkit.search._kernel`` (textkit/search/_kernel.c) makes single queries several times faster. It is
optional: where no C compiler is at hand the build goes on without it and textkit uses its
numpy path, which gives the same results.
"""

import sys

from setuptools import Extension, setup

flags = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]  # no fused multiply-add: sums as numpy makes them

setup(ext_modules=[Extension("textkit.search._kernel", ["textkit/search/_kernel.c"], optional=True, extra_compile_args=flags)])
