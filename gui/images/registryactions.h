#pragma once
// The images page's registry actions: Pull…, Push… (the selected image)
// and Log in…, as buttons.
#include "gui/app/sharedengine.h"

#include <QWidget>

class QPushButton;

class RegistryActions : public QWidget {
    Q_OBJECT
public:
    RegistryActions(const SharedEngine &engine, QWidget *parent = nullptr);
    // The names of the image Push… offers (its tags); none disables it.
    void setSelectedImage(const QStringList &names);
    QStringList selectedNames() const { return m_selectedNames; }

public slots:
    void pull();
    void push();
    void logIn();

signals:
    void imagesChanged(const QString &message);
    void imagePulled(const QString &reference); // before imagesChanged

private:
    SharedEngine m_engine;
    QStringList m_selectedNames;
    QPushButton *m_push;
};
