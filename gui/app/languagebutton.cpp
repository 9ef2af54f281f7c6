#include "gui/app/languagebutton.h"

#include "gui/app/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>

LanguageButton::LanguageButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("languageButton"));
    setText(tr("Language"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(menu);
    const QString current = chosenLanguage();
    for (const auto &[code, name] : {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    }
    setMenu(menu);
    askRestart = [this](const QString &name) {
        return QMessageBox::question(this, tr("Language"),
                                     tr("Language from Porthole's next start: %1. Restart it now? Your containers keep running.").arg(name))
               == QMessageBox::Yes;
    };
    restart = [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    };
}

void LanguageButton::choose(const QString &code, const QString &name)
{
    setChosenLanguage(code);
    if (askRestart(name)) {
        emit restarting();
        restart();
    }
}
