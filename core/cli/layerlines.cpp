#include "cli/layerlines.h"

namespace porthole {

void LayerLines::message(const QString &line)
{
    m_ids.clear(); // lines printed since no longer move with the layers
    m_last.clear();
    m_print(line + QLatin1Char('\n'));
}

void LayerLines::update(const LayerProgress &update)
{
    if (!m_terminal) {
        // Byte counts are for terminals: Docker prints status changes only.
        const bool progressOnly = update.status == layerstatus::downloading || update.status == layerstatus::extracting
                                  || update.status == layerstatus::pushing;
        if (!progressOnly && m_last.value(update.id) != update.status)
            m_print(progressLine(update, false) + QLatin1Char('\n'));
        m_last.insert(update.id, update.status);
        return;
    }
    qsizetype index = m_ids.indexOf(update.id);
    if (index < 0) {
        m_ids.append(update.id);
        m_print(QStringLiteral("\n"));
        index = m_ids.size() - 1;
    }
    const qsizetype up = m_ids.size() - index;
    m_print(QStringLiteral("\x1b[%1A\r\x1b[2K%2\r\x1b[%1B").arg(up).arg(progressLine(update, true)));
}

TransferObserver LayerLines::observer()
{
    return TransferObserver{[this](const QString &line) { message(line); }, [this](const LayerProgress &progress) { update(progress); }};
}

} // namespace porthole
