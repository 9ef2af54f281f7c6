#include "gui/containers/consolespane.h"

#include "cli/spelling.h"
#include "gui/containers/consolearea.h"
#include "gui/terminal/terminalview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ConsolesPane::ConsolesPane(const SharedEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_title(new QLabel(this)), m_attach(new QPushButton(tr("Attach"), this)),
      m_exec(new QPushButton(tr("Exec shell"), this)), m_nsenter(new QPushButton(tr("nsenter"), this)),
      m_sideBySide(new QCheckBox(tr("Side by side"), this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("consolesPane"));
    m_attach->setObjectName(QStringLiteral("consoleAttach"));
    m_exec->setObjectName(QStringLiteral("consoleExec"));
    m_nsenter->setObjectName(QStringLiteral("consoleNsenter"));
    m_sideBySide->setObjectName(QStringLiteral("consolesSideBySide"));
    m_sideBySide->setToolTip(tr("Show every console of the container at once: two attach consoles mirror each other, two exec shells do not"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_sideBySide);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_exec);
    buttons->addWidget(m_nsenter);
    auto *why = new QLabel(tr("<b>attach</b> joins the container's main process: every attached console sees the same screen and types "
                              "into the same input; leaving (Ctrl+P Ctrl+Q, or closing the tab) keeps it running. "
                              "<b>exec</b> starts a new process (a shell) inside the container, on its own terminal. "
                              "<b>nsenter</b> enters the container's namespaces from the host with util-linux, as root, "
                              "using the process id from inspect."),
                           this);
    why->setWordWrap(true);
    m_empty = new QLabel(tr("Select a running container, then open a console."), this);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(why);
    layout->addWidget(m_pages, 1);
    connect(m_attach, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Attach); });
    connect(m_exec, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Exec); });
    connect(m_nsenter, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Nsenter); });
    connect(m_sideBySide, &QCheckBox::toggled, this, &ConsolesPane::setSideBySide);
    setContainer({}, {}, false);
}

ConsoleArea *ConsolesPane::areaFor(const QString &id)
{
    if (ConsoleArea *area = m_areas.value(id))
        return area;
    auto *area = new ConsoleArea(m_pages);
    area->setSideBySide(m_sideBySide->isChecked());
    m_pages->addWidget(area);
    m_areas.insert(id, area);
    return area;
}

void ConsolesPane::setSideBySide(bool on)
{
    m_sideBySide->setChecked(on);
    for (ConsoleArea *area : std::as_const(m_areas))
        area->setSideBySide(on);
}

void ConsolesPane::setContainer(const QString &id, const QString &name, bool running)
{
    m_id = id;
    m_name = name;
    m_title->setText(id.isEmpty() ? tr("No container selected") : tr("Consoles of %1").arg(name));
    for (QPushButton *button : {m_attach, m_exec, m_nsenter})
        button->setEnabled(running);
    // The command each button stands for (nsenter is util-linux's, not a verb of ours).
    const QString container = id.isEmpty() ? QStringLiteral("CONTAINER") : name;
    m_attach->setToolTip(porthole::spellCommand(QStringLiteral("container attach"), {}, {container}));
    m_exec->setToolTip(porthole::spellCommand(QStringLiteral("container exec"), {{QStringLiteral("interactive"), {}}, {QStringLiteral("tty"), {}}},
                                              {container, QStringLiteral("sh")}));
    m_nsenter->setToolTip(QStringLiteral("nsenter -t PID -a"));
    m_pages->setCurrentWidget(m_areas.contains(id) ? static_cast<QWidget *>(m_areas.value(id)) : m_empty);
}

QString ConsolesPane::titleFor(const QString &id, const ConsoleRequest &request) const
{
    int sameKind = 1;
    if (const ConsoleArea *area = m_areas.value(id))
        for (ConsoleSession *other : area->sessions())
            sameKind += other->kind() == request.kind ? 1 : 0;
    QString base = request.kind == ConsoleSession::Kind::Attach ? tr("attach") : request.kind == ConsoleSession::Kind::Exec ? tr("exec") : tr("nsenter");
    if (request.kind == ConsoleSession::Kind::Exec && !request.exec.command.isEmpty())
        base += QLatin1Char(' ') + request.exec.command.join(QLatin1Char(' ')).left(24);
    return sameKind > 1 ? QStringLiteral("%1 %2").arg(base).arg(sameKind) : base;
}

ConsoleSession *ConsolesPane::open(ConsoleSession::Kind kind)
{
    if (m_id.isEmpty())
        return nullptr;
    return open(m_id, m_name, ConsoleRequest{kind});
}

ConsoleSession *ConsolesPane::open(const QString &id, const QString &name, const ConsoleRequest &request, porthole::RunStepObserver steps)
{
    const QString title = titleFor(id, request);
    ConsoleArea *area = areaFor(id);
    auto *session = new ConsoleSession(m_engine, id, request, std::move(steps), area);
    area->add(session, title);
    if (id != m_id)
        setContainer(id, name, true); // the container it is for, until the selection says more
    m_pages->setCurrentWidget(area);
    session->view()->setFocus();
    connect(session, &ConsoleSession::finished, this, [this, area, session, id](int code) {
        area->setTitle(session, area->title(session) + QStringLiteral(" (%1)").arg(code));
        emit sessionFinished(id, code);
    });
    emit sessionOpened(id, request.kind);
    return session;
}

QList<ConsoleSession *> ConsolesPane::sessions(const QString &containerId) const
{
    const ConsoleArea *area = m_areas.value(containerId);
    return area ? area->sessions() : QList<ConsoleSession *>();
}
