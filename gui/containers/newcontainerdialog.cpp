#include "gui/containers/newcontainerdialog.h"

#include "base/shellwords.h"
#include "cli/spelling.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NewContainerDialog::NewContainerDialog(const QStringList &images, const QStringList &runnable, const QStringList &networks, QWidget *parent)
    : QDialog(parent), m_runnable(runnable), m_image(new QComboBox(this)), m_name(new QLineEdit(this)), m_command(new QLineEdit(this)),
      m_network(new QComboBox(this)), m_publish(new QLineEdit(this)), m_interactive(new QCheckBox(tr("-i  keep standard input open"), this)),
      m_tty(new QCheckBox(tr("-t  give it a terminal"), this)), m_start(new QCheckBox(tr("Start it now (run = create + start)"), this)),
      m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New container"));
    setObjectName(QStringLiteral("newContainerDialog"));
    m_image->setEditable(true);
    m_image->addItems(images);
    m_image->setCurrentIndex(runnable.isEmpty() ? -1 : int(images.indexOf(runnable.first()))); // one that runs as it is, or none
    m_image->setObjectName(QStringLiteral("newImage"));
    m_name->setPlaceholderText(tr("generated when empty"));
    m_name->setObjectName(QStringLiteral("newName"));
    m_command->setPlaceholderText(tr("the image's command when empty"));
    m_command->setObjectName(QStringLiteral("newCommand"));
    m_network->addItems(QStringList{QStringLiteral("bridge"), QStringLiteral("none"), QStringLiteral("host")} + networks);
    m_network->setObjectName(QStringLiteral("newNetwork"));
    m_publish->setPlaceholderText(tr("e.g. 127.0.0.1:8080:80"));
    m_publish->setObjectName(QStringLiteral("newPublish"));
    m_interactive->setChecked(true);
    m_tty->setChecked(true);
    m_start->setChecked(true);
    m_start->setObjectName(QStringLiteral("newStart"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("newPreview"));
    m_error->setObjectName(QStringLiteral("newError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Image"), m_image);
    form->addRow(tr("Name (--name)"), m_name);
    form->addRow(tr("Command"), m_command);
    form->addRow(tr("Network (--network)"), m_network);
    form->addRow(tr("Publish (-p)"), m_publish);
    form->addRow(QString(), m_interactive);
    form->addRow(QString(), m_tty);
    form->addRow(QString(), m_start);
    form->addRow(tr("Command line"), m_preview);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_command, m_publish})
        connect(edit, &QLineEdit::textChanged, this, &NewContainerDialog::update);
    connect(m_image, &QComboBox::currentTextChanged, this, &NewContainerDialog::update);
    connect(m_network, &QComboBox::currentTextChanged, this, &NewContainerDialog::update);
    for (QCheckBox *box : {m_interactive, m_tty, m_start})
        connect(box, &QCheckBox::toggled, this, &NewContainerDialog::update);
    update();
}

void NewContainerDialog::setImage(const QString &image)
{
    m_image->setCurrentText(image);
}

QString NewContainerDialog::image() const
{
    return m_image->currentText();
}

bool NewContainerDialog::startNow() const
{
    return m_start->isChecked();
}

porthole::Result<porthole::CreateRequest> NewContainerDialog::request() const
{
    porthole::CreateRequest request;
    request.image = m_image->currentText().trimmed();
    if (request.image.isEmpty())
        return porthole::fail(tr("Choose an image."));
    request.name = m_name->text().trimmed();
    auto words = porthole::splitShellWords(m_command->text());
    if (!words)
        return porthole::fail(tr("The command has an unfinished quote or escape."));
    request.command = *words;
    // An image of the list without a command of its own needs one (Docker: "No command specified").
    if (request.command.isEmpty() && m_image->findText(request.image) >= 0 && !m_runnable.contains(request.image))
        return porthole::fail(tr("%1 has no command of its own (no CMD): type one, e.g. sh.").arg(request.image));
    request.network = m_network->currentText() == QLatin1String("bridge") ? QString() : m_network->currentText();
    for (const QString &spec : m_publish->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        auto port = porthole::parsePublish(spec);
        if (!port)
            return porthole::fail(tr("%1 is not a port to publish: write [HOST-IP:]HOST-PORT:CONTAINER-PORT[/udp], e.g. 8080:80.").arg(spec));
        request.ports.append(*port);
    }
    request.interactive = m_interactive->isChecked();
    request.tty = m_tty->isChecked();
    return request;
}

QString NewContainerDialog::commandLine() const
{
    auto made = request();
    return made ? commandLineFor(*made, startNow(), true) : QString();
}

QString NewContainerDialog::commandLineFor(const porthole::CreateRequest &request, bool run, bool detach)
{
    return porthole::spellCreateCommand(request, run, detach);
}

void NewContainerDialog::update()
{
    // Said again at each change: a fixed input clears it.
    auto made = request();
    m_preview->setText(commandLine());
    m_error->setText(made ? QString() : made.error().message);
    m_error->setVisible(!made);
    m_ok->setEnabled(made.has_value());
}
