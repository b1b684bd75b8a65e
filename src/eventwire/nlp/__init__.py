"""Analyse: the spaCy pipeline, loaded once per process through one setting."""

from eventwire.nlp.model import analyse, load_model

__all__ = ["analyse", "load_model"]
