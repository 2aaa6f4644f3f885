"""How the window tells the user something went wrong: a message box, or, where nobody is
there to close one (the self-test, any unattended run), a record of the messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class Notifier(Protocol):
    def warning(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def question(self, parent: QWidget | None, title: str, message: str) -> bool: ...


class MessageBoxNotifier:
    """The real one: a modal ``QMessageBox.warning``."""

    def warning(self, parent: QWidget | None, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums are created on first use

        QMessageBox.warning(parent, title, message)

    def question(self, parent: QWidget | None, title: str, message: str) -> bool:
        """A Yes/No question, Yes the default button; True for Yes."""
        from PySide6.QtWidgets import QMessageBox

        return question_box(parent, title, message).exec() == QMessageBox.StandardButton.Yes


class RecordingNotifier:
    """Keeps ``(title, message)`` pairs in ``messages`` instead of showing them: a run with no
    one to close a dialog (the self-test) must never block on one."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        #: What :meth:`question` answers (the questions' default: yes).
        self.answer = True

    def warning(self, parent: QWidget | None, title: str, message: str) -> None:
        self.messages.append((title, message))

    def question(self, parent: QWidget | None, title: str, message: str) -> bool:
        self.messages.append((title, message))
        return self.answer


def question_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """The box :meth:`MessageBoxNotifier.question` shows: Yes (the default) and No."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box
