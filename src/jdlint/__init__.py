"""jdlint: find profession-ringfenced requirements in NHS job descriptions."""

__version__ = "0.1.0"
