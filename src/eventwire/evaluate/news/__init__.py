"""The news set: sentences of ordinary news annotated in full, to measure what an analyst sees.

- :mod:`.corpora` reads the five source corpora (the texts stay in ../shared);
- :mod:`.sample` draws the sampling frame (``data/news/frame.tsv``) once, by document;
- :mod:`.labels` reads and checks the annotations (``data/news/labels.jsonl``);
- :mod:`.score` codes the sampled documents and estimates precision and recall with the
  frame's weights (``eventwire eval news``).

``docs/annotation.md`` is the annotation guideline; ``docs/evaluation.md`` the design.
"""
