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

NewContainerDialog::NewContainerDialog(const QStringList &images, const QStringList &networks, QWidget *parent)
    : QDialog(parent), m_image(new QComboBox(this)), m_name(new QLineEdit(this)), m_command(new QLineEdit(this)),
      m_network(new QComboBox(this)), m_publish(new QLineEdit(this)), m_interactive(new QCheckBox(tr("-i  keep standard input open"), this)),
      m_tty(new QCheckBox(tr("-t  give it a terminal"), this)), m_start(new QCheckBox(tr("Start it now (run = create + start)"), this)),
      m_preview(new QLabel(this))
{
    setWindowTitle(tr("New container"));
    setObjectName(QStringLiteral("newContainerDialog"));
    m_image->setEditable(true);
    m_image->addItems(images);
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
        return porthole::fail(tr("choose an image"));
    request.name = m_name->text().trimmed();
    auto words = porthole::splitShellWords(m_command->text());
    if (!words)
        return std::unexpected(words.error());
    request.command = *words;
    request.network = m_network->currentText() == QLatin1String("bridge") ? QString() : m_network->currentText();
    for (const QString &spec : m_publish->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        auto port = porthole::parsePublish(spec);
        if (!port)
            return std::unexpected(port.error());
        request.ports.append(*port);
    }
    request.interactive = m_interactive->isChecked();
    request.tty = m_tty->isChecked();
    return request;
}

QString NewContainerDialog::commandLine() const
{
    auto made = request();
    return made ? commandLineFor(*made, startNow(), true) : tr("Error: %1").arg(made.error().message);
}

QString NewContainerDialog::commandLineFor(const porthole::CreateRequest &request, bool run, bool detach)
{
    return porthole::spellCreateCommand(request, run, detach);
}

void NewContainerDialog::update()
{
    auto made = request();
    m_preview->setText(commandLine());
    m_ok->setEnabled(made.has_value());
}
