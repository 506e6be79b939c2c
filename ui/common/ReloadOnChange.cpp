#include "common/ReloadOnChange.h"

#include <QEvent>

namespace sitrep::ui {

namespace {

// Lives as the area's child; reloads on the area's next Show when a change came while hidden.
class StaleReload : public QObject
{
public:
    StaleReload(QWidget *area, std::function<void()> reload) : QObject(area), m_area(area), m_reload(std::move(reload))
    {
        area->installEventFilter(this);
    }

    void changed()
    {
        if (m_area->isVisible()) {
            m_stale = false;
            m_reload();
        } else {
            m_stale = true;
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_area && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_reload();
        }
        return false;
    }

private:
    QWidget *m_area;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace

void reloadOnChange(Session &session, QWidget *area, std::function<bool(const ChangeSet &)> shows,
                    std::function<void()> reload)
{
    auto *stale = new StaleReload(area, std::move(reload));
    QObject::connect(&session, &Session::dataChanged, stale, [stale, shows = std::move(shows)](const ChangeSet &changes) {
        if (shows(changes))
            stale->changed();
    });
}

} // namespace sitrep::ui
