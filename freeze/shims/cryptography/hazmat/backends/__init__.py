"""``default_backend()`` as pdfminer.six calls it: the backend argument is ignored."""


def default_backend() -> None:
    return None
