#pragma once
// Passwords for team databases that libpq did not find itself (.pgpass, PGPASSFILE, the service
// file): asked once, kept in memory for this session, and, when the user asks, in the desktop's
// keyring through QtKeychain (Secret Service, KWallet, …), found again by the database's
// DatabaseLocation::displayName(). Never in QSettings, logs, titles or messages: QtKeychain's
// "insecure fallback" (a plain settings file) stays off, so without a keyring a password lasts
// only as long as the app runs.

#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sitrep::ui {

// Where remembered passwords live; QtKeychain by default, replaced in tests (no test may touch a
// real user's keyring). Calls back on the GUI thread, through `context` (none after it is gone).
class Keyring
{
public:
    virtual ~Keyring() = default;
    // nullopt when the keyring holds nothing for key; an error when there is no keyring.
    virtual void read(const QString &key, QObject *context,
                      std::function<void(Result<std::optional<QString>>)> done) = 0;
    virtual void write(const QString &key, const QString &password, QObject *context,
                       std::function<void(Done)> done) = 0;
    virtual void remove(const QString &key) = 0;
};

class PasswordKeeper
{
public:
    static PasswordKeeper &instance();

    // The password kept for this session, if any.
    std::optional<QString> sessionPassword(const QString &key) const;
    // This session's password, else the keyring's; nullopt when neither has one (or there is no
    // keyring: that is not an error when looking).
    void find(const QString &key, QObject *context, std::function<void(std::optional<QString>)> found);
    // Keeps a password that worked for this session and, when `remember`, in the keyring.
    // `done` gets a sentence for the user when the keyring could not take it (empty otherwise).
    void keep(const QString &key, const QString &password, bool remember, QObject *context,
              std::function<void(QString note)> done = {});
    // A password the server refused: gone from the session (the keyring's is replaced when the
    // user remembers a new one).
    void forgetForSession(const QString &key);

    // Tests: a keyring of their own (nullptr: QtKeychain again); also empties the session.
    void setKeyringForTests(std::unique_ptr<Keyring> keyring);

private:
    PasswordKeeper();
    Keyring &keyring();

    QHash<QString, QString> m_session;
    std::unique_ptr<Keyring> m_keyring;
};

} // namespace sitrep::ui
