#pragma once
// Docker's pull and push display: one line per layer. On a terminal each
// update rewrites its layer's line (cursor up, clear, write, cursor down);
// other output gets one line per status change and no byte counts.
#include "registry/transferprogress.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace porthole {

class LayerLines {
public:
    using Print = std::function<void(const QString &text)>;
    LayerLines(Print print, bool terminal) : m_print(std::move(print)), m_terminal(terminal) {}

    void message(const QString &line);
    void update(const LayerProgress &update);
    // An observer printing through this (which must outlive it).
    TransferObserver observer();

private:
    Print m_print;
    bool m_terminal;
    QStringList m_ids;
    QHash<QString, QString> m_last;
};

} // namespace porthole
