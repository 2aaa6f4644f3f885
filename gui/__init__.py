"""Report Reader: a desktop reader for Chinese-language reports."""

__version__ = "0.1.0"
