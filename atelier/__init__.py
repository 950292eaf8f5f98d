"""Atelier: plan, run and report a Vertragingsatelier."""

__version__ = "0.1.0"
APP_NAME = "Atelier"
