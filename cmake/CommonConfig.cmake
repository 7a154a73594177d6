# Project-wide compile settings, shared by every target through one INTERFACE library.
add_library(watchfloor_common INTERFACE)
target_compile_features(watchfloor_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(watchfloor_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    WATCHFLOOR_VERSION="${PROJECT_VERSION}")
target_compile_options(watchfloor_common INTERFACE
    -Wall -Wextra -Wpedantic -Wno-missing-field-initializers
    $<$<BOOL:${WATCHFLOOR_WERROR}>:-Werror>)
