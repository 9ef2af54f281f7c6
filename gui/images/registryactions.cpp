#include "gui/images/registryactions.h"

#include "gui/images/logindialog.h"
#include "gui/images/pulldialog.h"
#include "gui/images/pushdialog.h"
#include "cli/spelling.h"
#include "images/reference.h"

#include <QHBoxLayout>
#include <QPushButton>

RegistryActions::RegistryActions(const SharedEngine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *pullButton = new QPushButton(tr("Pull…"), this);
    pullButton->setObjectName(QStringLiteral("pullAction"));
    pullButton->setToolTip(porthole::spellCommand(QStringLiteral("image pull"), {}, {QStringLiteral("NAME")}));
    m_push = new QPushButton(tr("Push…"), this);
    m_push->setObjectName(QStringLiteral("pushAction"));
    m_push->setToolTip(porthole::spellCommand(QStringLiteral("image push"), {}, {QStringLiteral("NAME")}));
    m_push->setEnabled(false);
    auto *loginButton = new QPushButton(tr("Log in…"), this);
    loginButton->setObjectName(QStringLiteral("loginAction"));
    loginButton->setToolTip(porthole::spellCommand(QStringLiteral("login"), {}, {QStringLiteral("SERVER")}));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pullButton);
    layout->addWidget(m_push);
    layout->addWidget(loginButton);
    layout->addStretch(1);
    connect(pullButton, &QPushButton::clicked, this, &RegistryActions::pull);
    connect(m_push, &QPushButton::clicked, this, &RegistryActions::push);
    connect(loginButton, &QPushButton::clicked, this, &RegistryActions::logIn);
}

void RegistryActions::setSelectedImage(const QStringList &names)
{
    m_selectedNames = names;
    m_push->setEnabled(!names.isEmpty());
}

void RegistryActions::pull()
{
    PullDialog dialog(m_engine, window());
    connect(&dialog, &PullDialog::pulled, this, [this](const QString &reference) {
        emit imagePulled(reference);
        emit imagesChanged(tr("Pulled %1").arg(reference)); // the list shows it behind the open dialog
    });
    dialog.exec();
}

void RegistryActions::push()
{
    PushDialog dialog(m_engine, m_selectedNames, window());
    dialog.exec();
    emit imagesChanged({}); // a push adds a RepoDigest
}

void RegistryActions::logIn()
{
    const auto chosen = porthole::Reference::parseNamed(m_selectedNames.value(0));
    LoginDialog dialog(chosen ? chosen->domain() : QString(), window());
    dialog.exec();
}
