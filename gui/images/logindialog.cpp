#include "gui/images/logindialog.h"

#include "gui/app/backgroundwork.h"
#include "gui/images/registrytransfer.h"
#include "registry/login.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(const QString &server, QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Log in to a registry"));
    setObjectName(QStringLiteral("loginDialog"));
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_server->setPlaceholderText(tr("docker.io, or host:port"));
    m_server->setText(server);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::ActionRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_logout = buttons->addButton(tr("Log out"), QDialogButtonBox::ActionRole);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Registry:"), m_server);
    form->addRow(tr("Username:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_logout, &QPushButton::clicked, this, &LoginDialog::logOut);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!server.isEmpty())
        m_user->setFocus(); // the registry is known: the user name comes next
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_logout->setEnabled(!busy);
}

void LoginDialog::logIn()
{
    setBusy(true);
    m_message->setText(tr("Checking the credentials with the registry…"));
    const porthole::Credentials credentials{m_user->text(), m_password->text()};
    runInBackground(this, [server = m_server->text().trimmed(), credentials]() -> JobOutcome {
        auto context = porthole::RegistryContext::fromEnvironment();
        if (!context)
            return {false, context.error().message};
        porthole::Progress progress;
        auto ok = porthole::loginToRegistry(**context, server, credentials, progress);
        return ok ? JobOutcome{true, porthole::registryDomainOf(server)} : JobOutcome{false, ok.error().message};
    }, [this](const JobOutcome &outcome) {
        setBusy(false);
        m_password->clear();
        m_message->setText(outcome.ok ? tr("Login Succeeded: %1").arg(outcome.message) : registryErrorWithHint(outcome.message));
    });
}

void LoginDialog::logOut()
{
    setBusy(true);
    runInBackground(this, [server = m_server->text().trimmed()]() -> JobOutcome {
        auto context = porthole::RegistryContext::fromEnvironment();
        if (!context)
            return {false, context.error().message};
        auto outcome = porthole::logoutFromRegistry(**context, server);
        if (!outcome)
            return {false, outcome.error().message};
        return {*outcome == porthole::LogoutOutcome::Removed, porthole::registryDomainOf(server)};
    }, [this](const JobOutcome &outcome) {
        setBusy(false);
        m_message->setText(outcome.ok ? tr("Logged out of %1.").arg(outcome.message) : tr("Not logged in to %1.").arg(outcome.message));
    });
}
