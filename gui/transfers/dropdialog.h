#pragma once
// What a dropped file is, before anything is written: a root filesystem
// (import, with repository:tag and changes such as CMD) or an image archive
// (load, with its image names and layers), and why the two differ.
#include "images/archiveprobe.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

class DropDialog : public QDialog {
    Q_OBJECT
public:
    DropDialog(const QString &fileName, const porthole::ArchivePreview &preview, QWidget *parent = nullptr);

    bool isImport() const { return m_import; }
    QString reference() const;    // import: "busybox:test" or ""
    QStringList changes() const;  // import: one instruction per line
    // import ↔ load, export ↔ save, in a few sentences (also shown where
    // the drag-out kind is chosen).
    static QString explanation();

private:
    bool m_import;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_changes = nullptr;
};
