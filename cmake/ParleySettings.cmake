# One INTERFACE target that carries Parley's strict Qt defines and warnings to every target.
add_library(parley_settings INTERFACE)
target_compile_features(parley_settings INTERFACE cxx_std_20)
target_compile_definitions(parley_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
if(MSVC)
    target_compile_options(parley_settings INTERFACE /W4 /permissive- /utf-8)
    if(PARLEY_WERROR)
        target_compile_options(parley_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(parley_settings INTERFACE -Wall -Wextra -pedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(PARLEY_WERROR)
        target_compile_options(parley_settings INTERFACE -Werror)
    endif()
endif()

# Sanitizers for the test build (CI): AddressSanitizer with LeakSanitizer and UBSan.
if(PARLEY_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "PARLEY_SANITIZE is for GCC and Clang")
    endif()
    target_compile_options(parley_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(parley_settings INTERFACE -fsanitize=address,undefined)
endif()
