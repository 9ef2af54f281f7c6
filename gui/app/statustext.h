#pragma once
// The status column in the window's language: Docker's rules ("Up 5 minutes",
// "Exited (0) 2 hours ago") worded with tr(), so the Chinese window says
// "已运行 5 分钟". The CLI keeps Docker's English (core's dockerStatus).
#include "containers/containerrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class StatusText {
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString duration(qint64 milliseconds);
    static QString of(const porthole::ContainerRecord &record, const QDateTime &now);
    static QString ago(qint64 milliseconds); // "5 minutes ago"
    // Milliseconds until the duration's wording next changes (Docker rounds
    // to seconds under a minute, to minutes under an hour, then to hours).
    static qint64 nextChangeIn(qint64 milliseconds);
};
