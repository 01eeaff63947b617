"""The wipe receipt: one sentence telling the host their notes are gone, and a clear warning
(what to do about it) when something may have been left on the computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from chathost.core.notes_store import WipeReceipt
from chathost.ui.dialogs import tell


def complete(receipt: WipeReceipt) -> bool:
    """The key is out of the keyring and the cache's files are deleted."""
    return receipt.key_deleted and bool(receipt.files_deleted)


def describe_receipt(receipt: WipeReceipt) -> str:
    """A headline, then one line per fact: "Your notes were deleted in 0.01 s." / "3 notes" /
    "1 file" / "The key was removed from the keyring." Whole lines, never a sentence glued from
    translated pieces. A kept cache deleted unopened has no count and no time: those lines are
    left out rather than shown as zero."""
    if not complete(receipt):
        lines = [
            QCoreApplication.translate(
                "WipeReceipt",
                "Your notes may not have been deleted completely. Tell your supervisor, or run "
                "“chathost wipe” on this computer.",
            )
        ]
    elif receipt.seconds > 0:
        lines = [
            QCoreApplication.translate("WipeReceipt", "Your notes were deleted in {0} s.").format(
                QLocale().toString(receipt.seconds, "f", 2)  # 0,01 in nb, fi and sv
            )
        ]
    else:
        lines = [QCoreApplication.translate("WipeReceipt", "Your notes were deleted.")]
    if receipt.notes == 1:
        lines.append(QCoreApplication.translate("WipeReceipt", "1 note"))
    elif receipt.notes > 1:
        lines.append(QCoreApplication.translate("WipeReceipt", "{0} notes").format(receipt.notes))
    files = len(receipt.files_deleted)
    lines.append(
        QCoreApplication.translate("WipeReceipt", "1 file deleted")
        if files == 1
        else QCoreApplication.translate("WipeReceipt", "{0} files deleted").format(files)
    )
    lines.append(
        QCoreApplication.translate("WipeReceipt", "The key was removed from the keyring.")
        if receipt.key_deleted
        else QCoreApplication.translate(
            "WipeReceipt", "The key could NOT be removed from the keyring."
        )
    )
    return "\n".join(lines)


def show_receipt(parent: QWidget, receipt: WipeReceipt) -> QMessageBox:
    """Window-modal and opened, never exec()ed: the console keeps running behind it. Its texts
    follow a language switch while it is open."""
    done = complete(receipt)

    def title() -> str:
        if done:
            return QCoreApplication.translate("WipeReceipt", "Notes deleted")
        return QCoreApplication.translate("WipeReceipt", "Notes not fully deleted")

    return tell(parent, title, lambda: describe_receipt(receipt), warning=not done)
