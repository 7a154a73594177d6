#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace wf {

// An error as a value: a stable machine code plus a message for people.
struct Error
{
    QString code;
    QString message;

    QString toString() const { return code.isEmpty() ? message : code + QStringLiteral(": ") + message; }
};

// Minimal std::expected stand-in (C++23 is not available with GCC 12 / C++20).
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    // A default Status is success, so `return {};` works in functions returning Status.
    Result() requires std::is_default_constructible_v<T> && std::is_empty_v<T> : m_v(T{}) {}
    Result(Error error) : m_v(std::move(error)) {}

    static Result failure(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }

    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using Status = Result<Ok>;

} // namespace wf
