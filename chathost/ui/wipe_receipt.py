"""The wipe receipt: one sentence telling the host their notes are gone, and a clear warning
(what to do about it) when something may have been left on the computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from chathost.core.notes_store import WipeReceipt
from chathost.ui.dialogs import tell


def complete(receipt: WipeReceipt) -> bool:
    """The key is out of the keyring and the cache's files are deleted."""
    return receipt.key_deleted and bool(receipt.files_deleted)


def describe_receipt(receipt: WipeReceipt) -> str:
    """One sentence for the host: "Your notes were deleted: 3 notes, 1 file, key removed from
    the keyring, in 0.01 s." A kept cache deleted unopened has no count and no time: those
    parts are left out rather than shown as zero."""
    parts = []
    if receipt.notes == 1:
        parts.append(QCoreApplication.translate("WipeReceipt", "1 note"))
    elif receipt.notes > 1:
        parts.append(QCoreApplication.translate("WipeReceipt", "{0} notes").format(receipt.notes))
    count = len(receipt.files_deleted)
    parts.append(
        QCoreApplication.translate("WipeReceipt", "1 file")
        if count == 1
        else QCoreApplication.translate("WipeReceipt", "{0} files").format(count)
    )
    parts.append(
        QCoreApplication.translate("WipeReceipt", "key removed from the keyring")
        if receipt.key_deleted
        else QCoreApplication.translate("WipeReceipt", "the key could NOT be removed")
    )
    what = ", ".join(parts)
    if not complete(receipt):
        return QCoreApplication.translate(
            "WipeReceipt",
            "Your notes may not have been deleted completely: {0}. Tell your supervisor, or run "
            "“chathost wipe” on this computer.",
        ).format(what)
    if receipt.seconds > 0:
        return QCoreApplication.translate(
            "WipeReceipt", "Your notes were deleted: {0}, in {1} s."
        ).format(what, f"{receipt.seconds:.2f}")
    return QCoreApplication.translate("WipeReceipt", "Your notes were deleted: {0}.").format(what)


def show_receipt(parent: QWidget, receipt: WipeReceipt) -> QMessageBox:
    """Window-modal and opened, never exec()ed: the console keeps running behind it."""
    done = complete(receipt)
    title = (
        QCoreApplication.translate("WipeReceipt", "Notes deleted")
        if done
        else QCoreApplication.translate("WipeReceipt", "Notes not fully deleted")
    )
    return tell(parent, title, describe_receipt(receipt), warning=not done)
