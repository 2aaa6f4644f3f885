"""Reading aids for readers of Chinese as a second language (Qt-free).

* :mod:`.dictionary` — CC-CEDICT at a position: the longest word, its pinyin and senses;
* :mod:`.pinyin` — tone marks, and word-level pinyin for a whole text (segmented by the
  longest dictionary match, so polyphonic characters are read as in their word);
* :mod:`.wordlist` — the user's word list (SQLite in the data dir) and its CSV export.

Nothing here is imported before the first paint: the dictionary archive is opened on the first
look-up and read one block at a time.
"""
