#pragma once
// The engine answers in Docker's own English ("Container t1 is not
// running"), as the CLI must. The window says the refusals a user meets in
// its language first, Docker's words after, as the diagram's tooltips do.
#include <QCoreApplication>
#include <QString>

class DockerWords {
    Q_DECLARE_TR_FUNCTIONS(DockerWords)
public:
    // What the message says, in the window's language; "" when the message
    // is not one of Docker's refusals known here.
    static QString said(const QString &message);
    // One line for the status bar: the message itself in English, else the
    // translation followed by "Docker: <message>" (or the message alone
    // when it is not known).
    static QString inWindowLanguage(const QString &message);
};
