#include "settings/PasswordKeeper.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace sitrep::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeeper)
};

// One entry per database under this service name, as the keyring's own tools list them.
const QString keyringService = QStringLiteral("Sitrep team databases");

class DesktopKeyring : public Keyring
{
public:
    void read(const QString &key, QObject *context, std::function<void(Result<std::optional<QString>>)> done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(keyringService);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [job, done](QKeychain::Job *) {
            if (job->error() == QKeychain::NoError)
                done(std::optional<QString>(job->textData()));
            else if (job->error() == QKeychain::EntryNotFound)
                done(std::optional<QString>());
            else
                done(fail(job->errorString()));
        });
        job->start();
    }

    void write(const QString &key, const QString &password, QObject *context, std::function<void(Done)> done) override
    {
        auto *job = new QKeychain::WritePasswordJob(keyringService);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setTextData(password);
        QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [job, done](QKeychain::Job *) {
            if (job->error() == QKeychain::NoError)
                done({});
            else
                done(fail(job->errorString()));
        });
        job->start();
    }

    void remove(const QString &key) override
    {
        auto *job = new QKeychain::DeletePasswordJob(keyringService);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->start();
    }
};

} // namespace

PasswordKeeper::PasswordKeeper() = default;

PasswordKeeper &PasswordKeeper::instance()
{
    static PasswordKeeper keeper;
    return keeper;
}

Keyring &PasswordKeeper::keyring()
{
    if (!m_keyring)
        m_keyring = std::make_unique<DesktopKeyring>();
    return *m_keyring;
}

std::optional<QString> PasswordKeeper::sessionPassword(const QString &key) const
{
    const auto it = m_session.constFind(key);
    if (it == m_session.cend())
        return std::nullopt;
    return *it;
}

void PasswordKeeper::find(const QString &key, QObject *context, std::function<void(std::optional<QString>)> found)
{
    if (auto kept = sessionPassword(key)) {
        found(kept);
        return;
    }
    keyring().read(key, context, [this, key, found](Result<std::optional<QString>> read) {
        if (read && read->has_value()) {
            m_session.insert(key, **read);
            found(*read);
            return;
        }
        found(std::nullopt);
    });
}

void PasswordKeeper::keep(const QString &key, const QString &password, bool remember, QObject *context,
                          std::function<void(QString)> done)
{
    m_session.insert(key, password);
    if (!remember) {
        if (done)
            done({});
        return;
    }
    keyring().write(key, password, context, [done](Done written) {
        if (!done)
            return;
        // The keyring's own reason may be long or technical; the consequence is what matters.
        done(written ? QString()
                     : Tr::tr("No keyring is available on this desktop, so the password is kept for "
                              "this session only."));
    });
}

void PasswordKeeper::forgetForSession(const QString &key) { m_session.remove(key); }

void PasswordKeeper::setKeyringForTests(std::unique_ptr<Keyring> keyring)
{
    m_keyring = std::move(keyring);
    m_session.clear();
}

} // namespace sitrep::ui
