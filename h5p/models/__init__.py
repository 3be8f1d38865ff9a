from .launch import H5PLaunch
from .library import H5PLibrary
from .package import H5PPackage
from .result import H5PResult, H5PStatement

__all__ = ["H5PLaunch", "H5PLibrary", "H5PPackage", "H5PResult", "H5PStatement"]
