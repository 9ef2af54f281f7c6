#pragma once
// A `porthole system service` on a test's own store and socket, and the
// real clients pointed at it (DOCKER_HOST): Debian's docker, docker-compose
// and python3 with python3-docker.
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace apitest {

inline const QString dockerClient = QStringLiteral("/usr/bin/docker");          // Debian's docker.io, not another on PATH
inline const QString composeClient = QStringLiteral("/usr/bin/docker-compose"); // Debian's docker-compose 1.29
inline const QString debianPython = QStringLiteral("/usr/bin/python3");         // with Debian's python3-docker

class ServiceUnderTest {
public:
    // The store (busybox built in it) and the service listening; false with why.
    bool start(QString &why)
    {
        store = std::make_unique<testsupport::TempStore>();
        if (testsupport::runPorthole(*store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode != 0) {
            why = QStringLiteral("image build-busybox failed");
            return false;
        }
        socket = store->dir() + QStringLiteral("/api/docker.sock");
        service.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store->paths.root, QStringLiteral("--runroot"), store->paths.runRoot,
                                                     QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("--time"), QStringLiteral("0"),
                                                     QStringLiteral("unix://") + socket});
        if (!service.waitForStarted()) {
            why = QStringLiteral("the service did not start");
            return false;
        }
        for (int tries = 0; tries < 100 && !QFile::exists(socket); ++tries)
            QTest::qWait(100);
        why = QStringLiteral("the service made no socket");
        return QFile::exists(socket);
    }

    void stop()
    {
        if (service.state() == QProcess::Running) {
            service.terminate();
            service.waitForFinished(10000);
        }
        store.reset(); // its containers, namespaces and bridges go with it
    }

    testsupport::RunResult run(const QString &program, const QStringList &args, const QString &workingDir = {}, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + socket);
        environment.insert(QStringLiteral("DOCKER_CONFIG"), store->dir() + QStringLiteral("/docker-config"));
        // docker-compose runs `docker` for exec: Debian's, not another one earlier on PATH.
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin:/usr/sbin:/sbin"));
        process.setProcessEnvironment(environment);
        if (!workingDir.isEmpty())
            process.setWorkingDirectory(workingDir);
        process.start(program, args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(180000))
            process.kill();
        process.waitForFinished(5000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    testsupport::RunResult docker(const QStringList &args, const QByteArray &input = {}) { return run(dockerClient, args, {}, input); }

    std::unique_ptr<testsupport::TempStore> store;
    QProcess service;
    QString socket;
};

} // namespace apitest
