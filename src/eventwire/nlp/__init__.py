"""Analyse: the spaCy pipeline, loaded once per process through one setting."""

from eventwire.nlp.model import analyse, analyse_all, load_model

__all__ = ["analyse", "analyse_all", "load_model"]
