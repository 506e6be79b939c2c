#pragma once
// What the window says about a team database that does not answer, instead of a dialog per
// failed read or write:
// - while it is away, the amber connection banner (a QLabel the window owns and places) says
//   since when, how long ago that was, and how many changes are held on this computer
//   (Outbox.h);
// - once it answers again, the status bar says so and how many changes by others were caught
//   up from the change log; and while changes are held, this bar offers them: Replay, Save to
//   File…, Review… (where they can be discarded, after a question).

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace sitrep::ui {

class Session;

class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QLabel *connectionBanner, QWidget *parent = nullptr);

    void setSession(Session *session);

    QLabel *connectionBanner() const { return m_connection; }
    QLabel *prompt() const { return m_prompt; }

    // The bar's buttons.
    void replay();
    void saveToFile();
    void review();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void update();
    void showHeldMessage();
    void restored();

    QPointer<Session> m_session;
    QLabel *m_connection = nullptr;
    QLabel *m_prompt = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_review = nullptr;
    QTimer *m_tick = nullptr;
    QString m_error;
};

} // namespace sitrep::ui
