#pragma once
// The status bar's Docker API line: the DOCKER_HOST=… line to copy, and
// Porthole's Docker Engine API service (what `porthole system service`
// runs) started and stopped on the window's store, so the real `docker`
// and docker-compose drive what the window shows.
#include "base/error.h"
#include "base/progress.h"
#include "base/storepaths.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

class ApiServicePanel : public QWidget {
    Q_OBJECT
public:
    explicit ApiServicePanel(const porthole::StorePaths &paths, QWidget *parent = nullptr);
    ~ApiServicePanel() override; // the service stops with the window

    bool isListening() const { return m_listening; }
    QString dockerHostLine() const;

private:
    void start();
    void stop();
    void showState();

    porthole::StorePaths m_paths;
    QString m_uri;
    QLabel *m_line = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_toggle = nullptr;
    std::shared_ptr<porthole::Progress> m_progress; // cancelled to stop the service
    QFutureWatcher<porthole::Status> m_service;
    bool m_listening = false;
    QString m_error;
};
