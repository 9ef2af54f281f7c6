#pragma once
// Log in…: credentials for one registry, checked against it before they
// are kept (as `docker login`); Log out forgets them.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // server: filled in (the registry of the image chosen on the page), or empty.
    explicit LoginDialog(const QString &server = {}, QWidget *parent = nullptr);

private:
    void logIn();
    void logOut();
    void setBusy(bool busy);

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_login;
    QPushButton *m_logout;
};
