# Replaces pyinstaller-hooks-contrib's hook, which collects every compiled library of
# pycryptodomex (about 2 MB).  The `cryptography` stand-in (freeze/shims) uses AES in CBC mode
# only; Cryptodome loads these by file name with ctypes, so the module graph cannot see them.
import os

from PyInstaller.compat import EXTENSION_SUFFIXES
from PyInstaller.utils.hooks import get_module_file_attribute

_NEEDED = {
    "Cryptodome.Cipher": ("_raw_aes", "_raw_aesni", "_raw_cbc"),
    "Cryptodome.Util": ("_cpuid_c",),
}

binaries = []
for _package, _names in _NEEDED.items():
    _folder = os.path.dirname(get_module_file_attribute(_package))
    for _name in _names:
        _found = [
            os.path.join(_folder, _name + ext)
            for ext in EXTENSION_SUFFIXES
            if os.path.isfile(os.path.join(_folder, _name + ext))
        ]
        if not _found:
            raise SystemExit(f"hook-Cryptodome: {_package}.{_name} not found in {_folder}")
        binaries.append((_found[0], _package.replace(".", "/")))
