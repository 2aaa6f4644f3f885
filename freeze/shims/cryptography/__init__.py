"""A stand-in for the ``cryptography`` package in the frozen app, holding only what
pdfminer.six uses: AES-CBC through ``Cipher(algorithms.AES(key), modes.CBC(iv))``.

The real package is 12 MB (a Rust extension) for these few lines; pycryptodomex's AES and CBC
libraries (about 200 KB, with AES-NI) do the work here.  Only the frozen build puts this
folder on the import path (build.spec); a source install uses the real package, which
pdfminer.six depends on.
"""

__version__ = "0+report-reader-shim"
