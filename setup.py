"""Only here to ship the top-level resources/ folder (fonts, icons) inside the package as app/resources/data.

Everything else about the package is in pyproject.toml. An editable install skips the copy: app.resources
reads resources/ from the checkout.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("fonts", "icons")  # screenshots and desktop files are for installers, not for the running app


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "app" / "resources" / "data"
        for name in SHIPPED:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(Path("resources") / name, target / name)


setup(cmdclass={"build_py": BuildPyWithResources})
