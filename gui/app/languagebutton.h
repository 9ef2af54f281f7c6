#pragma once
// The toolbar's Language menu: the system's language, English or Simplified
// Chinese, used from the next start; it offers to restart now (containers
// keep running: the engine has no daemon to restart).
#include <QToolButton>
#include <functional>

class LanguageButton : public QToolButton {
    Q_OBJECT
public:
    explicit LanguageButton(QWidget *parent = nullptr);

    // After a language was chosen: true to restart now. Replaceable for tests.
    std::function<bool(const QString &languageName)> askRestart;
    // Starts the window again with the same arguments and quits. Replaceable for tests.
    std::function<void()> restart;

signals:
    void restarting(); // what the window keeps across the restart is written now

private:
    void choose(const QString &code, const QString &name);
};
