"""Version of the package and of the coder (what a stored event was coded with)."""

__version__ = "0.1.0"

# bump the suffix whenever a lexicon, knowledge base or rule change alters coding output
CODER_VERSION = f"{__version__}+coder.1"
