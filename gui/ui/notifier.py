"""How the window tells the user something went wrong: a message box, or, where nobody is
there to close one (the self-test, any unattended run), a record of the messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Notifier(Protocol):
    def warning(self, parent: QWidget | None, title: str, message: str) -> None: ...


class MessageBoxNotifier:
    """The real one: a modal ``QMessageBox.warning``."""

    def warning(self, parent: QWidget | None, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums are created on first use

        QMessageBox.warning(parent, title, message)


class RecordingNotifier:
    """Keeps ``(title, message)`` pairs in ``messages`` instead of showing them: a run with no
    one to close a dialog (the self-test) must never block on one."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def warning(self, parent: QWidget | None, title: str, message: str) -> None:
        self.messages.append((title, message))
