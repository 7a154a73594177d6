#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace wf {

// A typed, hierarchical settings key (after qBittorrent's SettingValue<T>). All values live in one
// QSettings store (the platform's native location unless WATCHFLOOR_SETTINGS_FILE points at a file).
template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T def = T()) : m_key(std::move(key)), m_default(std::move(def)) {}

    T get() const { return storage().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    operator T() const { return get(); }
    // Returns false if the settings store could not be written.
    bool set(const T &value)
    {
        QSettings &s = storage();
        s.setValue(m_key, QVariant::fromValue(value));
        s.sync();
        return s.status() == QSettings::NoError;
    }

    static QSettings &storage()
    {
        static QSettings *s = [] {
            const QByteArray file = qgetenv("WATCHFLOOR_SETTINGS_FILE");
            return file.isEmpty() ? new QSettings : new QSettings(QString::fromLocal8Bit(file), QSettings::IniFormat);
        }();
        return *s;
    }

private:
    QString m_key;
    T m_default;
};

} // namespace wf
