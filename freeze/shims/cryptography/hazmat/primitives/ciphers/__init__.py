"""``Cipher``, ``algorithms.AES`` and ``modes.CBC``: the part of cryptography's cipher API
that pdfminer.six uses to read AES-encrypted PDFs (AESV2 and AESV3, revisions 4 to 6).

Semantics follow cryptography's: ``update`` returns every whole block it can and keeps the
rest for the next call; ``finalize`` refuses a partial block left over.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers import algorithms, modes

__all__ = ["Cipher", "CipherContext", "algorithms", "modes"]

_BLOCK = 16


class CipherContext:
    """One direction (encrypt or decrypt) of a CBC cipher, fed in pieces."""

    def __init__(self, key: bytes, iv: bytes, encrypt: bool) -> None:
        from Cryptodome.Cipher import AES

        cipher = AES.new(key, AES.MODE_CBC, iv=iv)
        self._apply = cipher.encrypt if encrypt else cipher.decrypt
        self._pending = b""
        self._done = False

    def update(self, data: bytes) -> bytes:
        if self._done:
            raise ValueError("Context was already finalized.")
        data = self._pending + bytes(data)
        whole = len(data) - len(data) % _BLOCK
        self._pending = data[whole:]
        return self._apply(data[:whole]) if whole else b""

    def finalize(self) -> bytes:
        if self._done:
            raise ValueError("Context was already finalized.")
        self._done = True
        if self._pending:
            raise ValueError(
                "The length of the provided data is not a multiple of the block length."
            )
        return b""


class Cipher:
    """``Cipher(algorithms.AES(key), modes.CBC(iv), backend=None)``."""

    def __init__(self, algorithm: algorithms.AES, mode: modes.CBC, backend: object = None) -> None:
        if not isinstance(algorithm, algorithms.AES):
            raise TypeError("only AES is available in this build")
        if not isinstance(mode, modes.CBC):
            raise TypeError("only CBC mode is available in this build")
        self.algorithm = algorithm
        self.mode = mode

    def encryptor(self) -> CipherContext:
        return CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=True)

    def decryptor(self) -> CipherContext:
        return CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=False)
