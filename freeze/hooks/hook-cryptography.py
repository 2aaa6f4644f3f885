# The frozen app's `cryptography` is the AES-CBC stand-in in freeze/shims (build.spec puts it
# first on the path).  This hook replaces pyinstaller-hooks-contrib's, which would add the real
# package's metadata, OpenSSL checks and `_cffi_backend`: nothing to collect here.
