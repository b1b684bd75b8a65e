"""The news set: sentences of ordinary news annotated in full, to measure what an analyst sees.

- :mod:`.corpora` reads the five source corpora (the texts stay in ../shared);
- :mod:`.sample` draws the sampling frame (``data/news/frame.tsv``) once, by document;
- :mod:`.labels` checks annotators' files and reads the stored annotations
  (``data/news/annotations.jsonl``, ``adjudicated.jsonl``);
- :mod:`.agreement` measures two annotators' agreement;
- :mod:`.score` codes the sampled documents and estimates precision and recall with the
  frame's weights (``eventwire eval news``).

``docs/annotation.md`` is the annotation guideline; ``docs/evaluation.md`` the design.
"""
