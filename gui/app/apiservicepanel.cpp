#include "gui/app/apiservicepanel.h"

#include "api/apiservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>

ApiServicePanel::ApiServicePanel(const porthole::StorePaths &paths, QWidget *parent)
    : QWidget(parent), m_paths(paths), m_uri(porthole::api::defaultServiceUri(paths))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line = new QLabel(this);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the DOCKER_HOST line: paste it in a terminal, then docker and docker-compose use Porthole"));
    m_toggle = new QPushButton(this);
    layout->addWidget(m_line);
    layout->addWidget(m_copy);
    layout->addWidget(m_toggle);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(dockerHostLine()); });
    connect(m_toggle, &QPushButton::clicked, this, [this] { m_service.isRunning() ? stop() : start(); });
    connect(&m_service, &QFutureWatcher<porthole::Status>::finished, this, [this] {
        const porthole::Status ended = m_service.result();
        m_listening = false;
        m_error = ended ? QString() : ended.error().message;
        showState();
    });
    showState();
}

ApiServicePanel::~ApiServicePanel()
{
    stop();
    m_service.waitForFinished();
}

QString ApiServicePanel::dockerHostLine() const
{
    return QStringLiteral("export DOCKER_HOST=") + m_uri;
}

// One core call: the service, on a worker, until cancelled.
void ApiServicePanel::start()
{
    m_progress = std::make_shared<porthole::Progress>();
    m_error.clear();
    QPointer<ApiServicePanel> self(this);
    porthole::api::ServiceOptions options;
    options.paths = m_paths;
    options.uri = m_uri;
    options.idleSeconds = 0; // until stopped
    m_service.setFuture(QtConcurrent::run([options, progress = m_progress, self] {
        return porthole::api::runService(options, *progress, [self](const QString &) {
            QMetaObject::invokeMethod(qApp, [self] {
                if (self && self->m_service.isRunning()) {
                    self->m_listening = true;
                    self->showState();
                }
            });
        });
    }));
    showState();
}

void ApiServicePanel::stop()
{
    if (m_progress)
        m_progress->cancel();
}

void ApiServicePanel::showState()
{
    if (m_listening)
        m_line->setText(tr("Docker API: %1").arg(dockerHostLine()));
    else if (!m_error.isEmpty())
        m_line->setText(tr("Docker API stopped: %1").arg(m_error));
    else
        m_line->setText(m_service.isRunning() ? tr("Docker API: starting…") : tr("Docker API: off"));
    m_copy->setEnabled(m_listening);
    m_toggle->setText(m_service.isRunning() ? tr("Stop") : tr("Start"));
}
