#include "volumes/mountspec.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace porthole {
namespace {

const QStringList kPropagationModes{QStringLiteral("shared"),  QStringLiteral("slave"),  QStringLiteral("private"),
                                    QStringLiteral("rshared"), QStringLiteral("rslave"), QStringLiteral("rprivate")};

bool isValidModeWord(const QString &word)
{
    static const QStringList words{QStringLiteral("ro"),         QStringLiteral("rw"),     QStringLiteral("nocopy"),
                                   QStringLiteral("z"),          QStringLiteral("Z"),      QStringLiteral("consistent"),
                                   QStringLiteral("cached"),     QStringLiteral("delegated")};
    return words.contains(word) || kPropagationModes.contains(word);
}

// "ro,nocopy": every word known, at most one of ro/rw.
bool isValidMode(const QString &mode)
{
    const QStringList words = mode.split(QLatin1Char(','));
    int access = 0;
    for (const QString &word : words) {
        if (!isValidModeWord(word))
            return false;
        access += word == QLatin1String("ro") || word == QLatin1String("rw") ? 1 : 0;
    }
    return access <= 1;
}

std::unexpected<Error> invalidSpec(const QString &text, const QString &why = {})
{
    return fail(why.isEmpty() ? QStringLiteral("invalid volume specification: '%1' (use HOST:CONTAINER[:ro])").arg(text)
                              : QStringLiteral("invalid volume specification: '%1': %2").arg(text, why), 125);
}

// The host side of -v: absolute, or ./relative (made absolute, as Docker's CLI does).
bool isHostPath(const QString &source)
{
    return source.startsWith(QLatin1Char('/')) || source == QLatin1String(".") || source.startsWith(QLatin1String("./"))
           || source.startsWith(QLatin1String("../"));
}

Status applyVolumeMode(MountSpec &spec, const QString &mode)
{
    for (const QString &word : mode.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("ro"))
            spec.readOnly = true;
        else if (word == QLatin1String("nocopy")) {
            if (spec.type != MountSpec::Type::Volume)
                return fail(QStringLiteral("invalid mode: %1").arg(mode), 125);
            spec.noCopy = true;
        }
    }
    return {};
}

// SOURCE:DESTINATION:MODE, DESTINATION:MODE or SOURCE:DESTINATION, as Docker splits them.
bool splitVolumeFlag(const QStringList &parts, QString &source, QString &destination, QString &mode)
{
    if (parts.size() == 1) {
        destination = parts.at(0);
    } else if (parts.size() == 2 && !parts.at(1).startsWith(QLatin1Char('/')) && isValidMode(parts.at(1))) {
        destination = parts.at(0);
        mode = parts.at(1);
    } else if (parts.size() == 2) {
        source = parts.at(0);
        destination = parts.at(1);
    } else if (parts.size() == 3) {
        source = parts.at(0);
        destination = parts.at(1);
        mode = parts.at(2);
    } else {
        return false;
    }
    return !destination.isEmpty() && (parts.size() == 1 || !parts.at(0).isEmpty());
}

} // namespace

QString MountSpec::typeName() const
{
    switch (type) {
    case Type::Bind: return QStringLiteral("bind");
    case Type::Volume: return QStringLiteral("volume");
    case Type::Tmpfs: return QStringLiteral("tmpfs");
    }
    return {};
}

QString MountSpec::bindText() const
{
    return source + QLatin1Char(':') + destination + (readOnly ? QStringLiteral(":ro") : QString())
           + (noCopy ? (readOnly ? QStringLiteral(",nocopy") : QStringLiteral(":nocopy")) : QString());
}

QJsonObject MountSpec::toJson() const
{
    QJsonObject json{{QLatin1String("Type"), typeName()},
                     {QLatin1String("Source"), source},
                     {QLatin1String("Destination"), destination},
                     {QLatin1String("RW"), !readOnly}};
    if (noCopy)
        json.insert(QLatin1String("NoCopy"), true);
    if (anonymous)
        json.insert(QLatin1String("Anonymous"), true);
    if (fromMountFlag)
        json.insert(QLatin1String("FromMountFlag"), true);
    if (!volumeLabels.isEmpty())
        json.insert(QLatin1String("VolumeLabels"), volumeLabels);
    if (!volumeOptions.isEmpty())
        json.insert(QLatin1String("VolumeOptions"), volumeOptions);
    if (tmpfsSize > 0)
        json.insert(QLatin1String("TmpfsSize"), tmpfsSize);
    if (tmpfsMode >= 0)
        json.insert(QLatin1String("TmpfsMode"), tmpfsMode);
    return json;
}

MountSpec MountSpec::fromJson(const QJsonObject &json)
{
    MountSpec spec;
    const QString type = json.value(QLatin1String("Type")).toString(QStringLiteral("bind"));
    spec.type = type == QLatin1String("volume") ? Type::Volume : type == QLatin1String("tmpfs") ? Type::Tmpfs : Type::Bind;
    spec.source = json.value(QLatin1String("Source")).toString();
    spec.destination = json.value(QLatin1String("Destination")).toString();
    spec.readOnly = !json.value(QLatin1String("RW")).toBool(true);
    spec.noCopy = json.value(QLatin1String("NoCopy")).toBool();
    spec.anonymous = json.value(QLatin1String("Anonymous")).toBool();
    spec.fromMountFlag = json.value(QLatin1String("FromMountFlag")).toBool();
    spec.volumeLabels = json.value(QLatin1String("VolumeLabels")).toObject();
    spec.volumeOptions = json.value(QLatin1String("VolumeOptions")).toObject();
    spec.tmpfsSize = json.value(QLatin1String("TmpfsSize")).toInteger();
    spec.tmpfsMode = json.value(QLatin1String("TmpfsMode")).toInt(-1);
    return spec;
}

Result<MountSpec> parseVolumeFlag(const QString &text)
{
    QString source, destination, mode;
    if (!splitVolumeFlag(text.split(QLatin1Char(':')), source, destination, mode))
        return invalidSpec(text);
    if (!destination.startsWith(QLatin1Char('/')))
        return invalidSpec(text);
    if (!mode.isEmpty() && !isValidMode(mode))
        return fail(QStringLiteral("invalid mode: %1").arg(mode), 125);
    MountSpec spec;
    spec.destination = QDir::cleanPath(destination);
    if (source.isEmpty()) {
        spec.type = MountSpec::Type::Volume;
        spec.anonymous = true;
    } else if (isHostPath(source)) {
        spec.source = QDir::cleanPath(QDir::current().absoluteFilePath(source));
        // A host directory that does not exist is made, as Docker's -v does (--mount refuses).
        if (!QFileInfo::exists(spec.source) && !QDir().mkpath(spec.source))
            return fail(QStringLiteral("invalid volume specification: bind source path does not exist: %1").arg(spec.source), 125);
    } else {
        spec.type = MountSpec::Type::Volume;
        spec.source = source;
    }
    if (auto ok = applyVolumeMode(spec, mode); !ok)
        return std::unexpected(ok.error());
    return spec;
}

namespace {

struct MountFields {
    QString type = QStringLiteral("volume");
    bool volumeOption = false, bindOption = false, tmpfsOption = false;
};

Result<bool> parseBool(const QString &key, const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("t"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("f"))
        return false;
    return fail(QStringLiteral("invalid value for %1: %2").arg(key, value));
}

// One key=value of --mount, into spec; fields tells which family it was.
Status applyMountField(const QString &field, MountSpec &spec, MountFields &fields)
{
    const QString key = field.section(QLatin1Char('='), 0, 0);
    const QString value = field.section(QLatin1Char('='), 1);
    if (!field.contains(QLatin1Char('='))) {
        if (key == QLatin1String("readonly") || key == QLatin1String("ro"))
            spec.readOnly = true;
        else if (key == QLatin1String("volume-nocopy"))
            spec.noCopy = fields.volumeOption = true;
        else
            return fail(QStringLiteral("invalid field '%1' must be a key=value pair").arg(field));
        return {};
    }
    if (key == QLatin1String("type"))
        fields.type = value.toLower();
    else if (key == QLatin1String("source") || key == QLatin1String("src"))
        spec.source = value == QLatin1String(".") || value.startsWith(QLatin1String("./")) ? QDir::current().absoluteFilePath(value) : value;
    else if (key == QLatin1String("target") || key == QLatin1String("dst") || key == QLatin1String("destination"))
        spec.destination = value;
    else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
        auto b = parseBool(key, value);
        if (!b)
            return std::unexpected(b.error());
        spec.readOnly = *b;
    } else if (key == QLatin1String("volume-nocopy")) {
        auto b = parseBool(key, value);
        if (!b)
            return fail(QStringLiteral("invalid value for volume-nocopy: %1").arg(value));
        spec.noCopy = *b;
        fields.volumeOption = true;
    } else if (key == QLatin1String("volume-label") || key == QLatin1String("volume-opt")) {
        (key == QLatin1String("volume-label") ? spec.volumeLabels : spec.volumeOptions)
            .insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        fields.volumeOption = true;
    } else if (key == QLatin1String("volume-driver")) {
        if (value != QLatin1String("local"))
            return fail(QStringLiteral("volume driver \"%1\" is not supported: only local").arg(value));
        fields.volumeOption = true;
    } else if (key == QLatin1String("bind-propagation") || key == QLatin1String("bind-nonrecursive")) {
        fields.bindOption = true;
    } else if (key == QLatin1String("tmpfs-size")) {
        auto size = parseRamSize(value);
        if (!size)
            return fail(QStringLiteral("invalid value for %1: %2").arg(key, value));
        spec.tmpfsSize = *size;
        fields.tmpfsOption = true;
    } else if (key == QLatin1String("tmpfs-mode")) {
        bool ok = false;
        spec.tmpfsMode = value.toInt(&ok, 8);
        if (!ok)
            return fail(QStringLiteral("invalid value for %1: %2").arg(key, value));
        fields.tmpfsOption = true;
    } else if (key != QLatin1String("consistency")) {
        return fail(QStringLiteral("unexpected key '%1' in '%2'").arg(key, field));
    }
    return {};
}

// The checks after the fields, as Docker's CLI makes them.
Status checkMountFields(MountSpec &spec, const MountFields &fields)
{
    if (fields.type.isEmpty())
        return fail(QStringLiteral("type is required"));
    if (spec.destination.isEmpty())
        return fail(QStringLiteral("target is required"));
    if (fields.volumeOption && fields.type != QLatin1String("volume"))
        return fail(QStringLiteral("cannot mix 'volume-*' options with mount type '%1'").arg(fields.type));
    if (fields.bindOption && fields.type != QLatin1String("bind"))
        return fail(QStringLiteral("cannot mix 'bind-*' options with mount type '%1'").arg(fields.type));
    if (fields.tmpfsOption && fields.type != QLatin1String("tmpfs"))
        return fail(QStringLiteral("cannot mix 'tmpfs-*' options with mount type '%1'").arg(fields.type));
    return {};
}

// The daemon's checks: the source and target each type needs.
Status checkMountConfig(MountSpec &spec, const QString &type)
{
    const QString prefix = QStringLiteral("invalid mount config for type \"%1\": ").arg(type);
    if (!spec.destination.startsWith(QLatin1Char('/')))
        return fail(prefix + QStringLiteral("invalid mount path: '%1' mount path must be absolute").arg(spec.destination), 125);
    spec.destination = QDir::cleanPath(spec.destination);
    if (type == QLatin1String("bind")) {
        spec.type = MountSpec::Type::Bind;
        if (spec.source.isEmpty())
            return fail(prefix + QStringLiteral("field Source must not be empty"), 125);
        if (!spec.source.startsWith(QLatin1Char('/')))
            return fail(prefix + QStringLiteral("invalid mount path: '%1' mount path must be absolute").arg(spec.source), 125);
        if (!QFileInfo::exists(spec.source))
            return fail(prefix + QStringLiteral("bind source path does not exist: %1").arg(spec.source), 125);
        spec.source = QDir::cleanPath(spec.source);
    } else if (type == QLatin1String("volume")) {
        spec.type = MountSpec::Type::Volume;
        spec.anonymous = spec.source.isEmpty();
    } else if (type == QLatin1String("tmpfs")) {
        spec.type = MountSpec::Type::Tmpfs;
        if (!spec.source.isEmpty())
            return fail(prefix + QStringLiteral("field Source must not be specified"), 125);
    } else {
        return fail(QStringLiteral("invalid mount config: mount type unknown: \"%1\"").arg(type), 125);
    }
    return {};
}

} // namespace

Result<MountSpec> parseMountFlag(const QString &text)
{
    MountSpec spec;
    spec.fromMountFlag = true;
    MountFields fields;
    auto invalid = [&](const Error &error) {
        return fail(QStringLiteral("invalid argument \"%1\" for \"--mount\" flag: %2").arg(text, error.message), 125);
    };
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString field = raw.trimmed();
        if (field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')) && field.size() > 1)
            return invalid(Error{QStringLiteral("quoted fields are not supported: %1").arg(field)});
        if (auto ok = applyMountField(field, spec, fields); !ok)
            return invalid(ok.error());
    }
    if (auto ok = checkMountFields(spec, fields); !ok)
        return invalid(ok.error());
    if (auto ok = checkMountConfig(spec, fields.type); !ok)
        return std::unexpected(ok.error());
    return spec;
}

Result<qint64> parseRamSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(?:i?b)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(QStringLiteral("invalid size: '%1'").arg(text));
    const QString unit = match.captured(2).toLower();
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("kmgtp").indexOf(unit)) + 1;
    double bytes = match.captured(1).toDouble();
    for (int i = 0; i < power; ++i)
        bytes *= 1024.0;
    return qint64(bytes);
}

} // namespace porthole
