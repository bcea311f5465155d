"""Build step for the sdist, the wheel, `pip install .` and pipx (metadata: pyproject.toml).

The drawings, fonts, icons and translations of resources/ reach the app through Qt's
resource system, as the generated module ``neph_gui/_resources_rc.py``. `make` builds it
in a checkout; here every package build does the same, so that an installed app finds
them exactly as a checkout and a frozen build do.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithResources(build_py):
    """build_py, then the compiled resources into the build folder."""

    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location(
            "build_resources", HERE / "scripts" / "build_resources.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.main(Path(self.build_lib) / "neph_gui" / "_resources_rc.py")


setup(cmdclass={"build_py": BuildPyWithResources})
