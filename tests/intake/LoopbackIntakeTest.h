#pragma once
// What the HTTP intake tests share: a database in a temp folder, the real IntakeServer on a free
// loopback port, and an HTTP client. A test class derives from it and calls startIntake() in
// initTestCase().

#include "HttpTestClient.h"
#include "TestSupport.h"
#include "intake/IntakeServer.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace sitrep::test {

class LoopbackIntakeTest : public QObject
{
protected:
    // Opens the database and starts the server; the error says why it could not.
    Done startIntake()
    {
        m_db = createDatabase(m_dir);
        intake::IntakeConfig config;
        config.port = 0;
        m_server = std::make_unique<intake::IntakeServer>(m_db, config);
        return m_server->start();
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
    }
    qint64 alerts() const { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts")); }

    QTemporaryDir m_dir;
    DatabasePtr m_db;
    std::unique_ptr<intake::IntakeServer> m_server;
    HttpTestClient m_http;
};

} // namespace sitrep::test
